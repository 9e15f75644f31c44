package org.meridian.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 codes as every authenticator app makes them by default: HMAC-SHA1, 6 digits, 30-second steps. Codes of
 * the step before and after the current one count too, because phone clocks drift and people type slowly; which step
 * a code belongs to is answered, so the caller can refuse a code whose step was already used (a replay).
 */
public final class TotpCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int WINDOW = 1;
    /** 160 bits, the HMAC-SHA1 output size that RFC 4226 recommends for the shared secret. */
    static final int SECRET_BYTES = 20;

    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {}

    public static byte[] newSecret() {
        var secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** True when {@code input}, spaces aside, has the form of a code (rather than of a recovery code). */
    public static boolean looksLikeCode(String input) {
        return input != null && CODE.matcher(withoutSpaces(input)).matches();
    }

    /** The time step whose code {@code input} is, within the window around {@code now}; empty when none. */
    public static OptionalLong matchingStep(byte[] secret, String input, Instant now) {
        if (!looksLikeCode(input)) {
            return OptionalLong.empty();
        }
        var typed = withoutSpaces(input).getBytes(StandardCharsets.US_ASCII);
        var current = stepOf(now);
        var found = OptionalLong.empty();
        // Every step in the window is computed and compared in constant time, so timing tells nothing.
        for (var step = current - WINDOW; step <= current + WINDOW; step++) {
            var expected = codeAt(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && found.isEmpty()) {
                found = OptionalLong.of(step);
            }
        }
        return found;
    }

    public static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.getSeconds());
    }

    /** The code for {@code step}, as the authenticator app shows it then. */
    public static String codeAt(byte[] secret, long step) {
        var generator = new TimeBasedOneTimePasswordGenerator(
                STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        try {
            // Locale.ROOT: the default locale could format the code in other digits than the app's.
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret, generator.getAlgorithm()),
                    Instant.ofEpochSecond(step * STEP.getSeconds()),
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret was refused as an HMAC key", e);
        }
    }

    private static String withoutSpaces(String input) {
        return input.replace(" ", "").strip();
    }
}
