package org.meridian.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetworksTest {

    private final Networks office = Networks.parse(" 10.20.0.0/16, 192.168.1.7 ,2001:db8::/32, ::1");

    @ParameterizedTest
    @ValueSource(strings = {"10.20.0.1", "10.20.255.254", "192.168.1.7", "2001:db8::42", "::1", "::ffff:10.20.3.4"})
    void containsAddressesInsideTheListedNetworks(String address) {
        assertTrue(office.contains(address));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.21.0.1",
                "10.19.255.255",
                "192.168.1.8",
                "2001:db9::1",
                "127.0.0.1",
                "",
                "localhost",
                "10.20.0.1.5",
                "not an address"
            })
    void leavesOutEverythingElse(String address) {
        assertFalse(office.contains(address));
    }

    @ParameterizedTest
    @CsvSource({"0.0.0.0/0, 203.0.113.9", "203.0.113.0/24, 203.0.113.255", "203.0.113.9/32, 203.0.113.9"})
    void prefixLengthsFromZeroToFull(String network, String address) {
        assertTrue(Networks.parse(network).contains(address));
    }

    @Test
    void blankMeansNoList() {
        assertTrue(Networks.parse(" , ").isEmpty());
        assertFalse(Networks.parse("").contains("127.0.0.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/eight", "office.example", "10.0.0/8", "::1/129"})
    void refusesWhatIsNotANetworkNamingIt(String text) {
        var refusal = assertThrows(IllegalArgumentException.class, () -> Networks.parse("10.0.0.0/8," + text));
        assertTrue(refusal.getMessage().contains(text), refusal.getMessage());
    }
}
