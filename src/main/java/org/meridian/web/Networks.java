package org.meridian.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list of networks in CIDR notation ({@code 10.0.0.0/8, 192.168.1.7, ::1/128}), as an operator writes them in a
 * setting, and whether an address is in one of them. Addresses are only ever read as literals, never looked up in DNS.
 */
public final class Networks {

    private final List<Network> networks;

    private Networks(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    /**
     * The comma-separated networks in {@code text}; blank means no list at all.
     *
     * @throws IllegalArgumentException naming the first entry that is not a network
     */
    public static Networks parse(String text) {
        var networks = new ArrayList<Network>();
        for (var entry : text.split(",")) {
            var trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                networks.add(Network.parse(trimmed));
            }
        }
        return new Networks(networks);
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    /** Whether {@code address} (an IP literal) lies in one of the networks; anything else is in none. */
    public boolean contains(String address) {
        return literal(address)
                .map(literal -> networks.stream().anyMatch(network -> network.contains(literal.getAddress())))
                .orElse(false);
    }

    /**
     * The address written in {@code text}, never looked up in DNS: host names are not addresses here, nor are the
     * short IPv4 forms ({@code 10.1}) the JDK would accept.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null || !(text.contains(":") || text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private record Network(byte[] prefix, int bits) {

        static Network parse(String text) {
            var slash = text.indexOf('/');
            var bytes = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("not a network: '" + text + "'"))
                    .getAddress();
            var bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a network: '" + text + "'");
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("not a network: '" + text + "'");
                }
            }
            return new Network(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                var mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
