package org.meridian.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;

/**
 * One-time recovery codes, for signing in without the phone. Each carries 80 random bits, shown as four groups of
 * four Base32 characters; only a SHA-256 of it is stored. A slow password hash is not needed for that much
 * randomness (and would make checking one code against ten stored ones take seconds).
 */
public final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int BYTES = 10;
    private static final int GROUP = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {}

    /** {@link #COUNT} new codes, as shown to their owner once. */
    public static List<String> newCodes() {
        var codes = new ArrayList<String>(COUNT);
        var base32 = new Base32();
        while (codes.size() < COUNT) {
            var bytes = new byte[BYTES];
            RANDOM.nextBytes(bytes);
            var code = grouped(base32.encodeAsString(bytes).toLowerCase(Locale.ROOT));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The stored form of a code, the same however it was typed (case, spaces, hyphens). */
    public static String hash(String code) {
        var normalised = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z2-7]", "");
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String grouped(String text) {
        var grouped = new StringBuilder();
        for (var i = 0; i < text.length(); i += GROUP) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(text, i, Math.min(text.length(), i + GROUP));
        }
        return grouped.toString();
    }
}
