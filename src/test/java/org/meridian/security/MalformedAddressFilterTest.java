package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedAddressFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"condition=%ZZ", "/articles/%ZZ", "page=%", "q=back%2", "name=%u0000", "x=%00"})
    void refusesBrokenEscapesAndEncodedNul(String raw) {
        assertTrue(MalformedAddressFilter.isMalformed(raw), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"condition=back-pain&condition=sciatica", "q=back+pain%21", "/articles/caf%C3%A9",
        "q=100%25", ""})
    void letsWellFormedAddressesThrough(String raw) {
        assertFalse(MalformedAddressFilter.isMalformed(raw), raw);
    }
}
