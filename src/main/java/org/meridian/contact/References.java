package org.meridian.contact;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Reference numbers patients quote when they call about a request ("K7MP-3QXD"): random, so they reveal neither how
 * many requests the clinic gets nor anyone else's request, and free of letters read as digits (I, L, O, U, 0, 1).
 */
final class References {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[A-HJKMNP-TV-Z2-9]{4}-[A-HJKMNP-TV-Z2-9]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    static String next() {
        var reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }

    static boolean isValid(String reference) {
        return reference != null && SHAPE.matcher(reference).matches();
    }
}
