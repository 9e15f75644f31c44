package org.meridian.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.support.Rfc6238;

class TotpCodesTest {

    /** The SHA-1 seed of RFC 6238's test vectors (appendix B). */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void makesTheCodesOfRfc6238sTestVectors(long epochSecond, String code) {
        // RFC 6238 lists 8-digit codes; the 6-digit code is their last six digits.
        assertEquals(code, TotpCodes.codeAt(RFC_SECRET, TotpCodes.stepOf(Instant.ofEpochSecond(epochSecond))));
    }

    @Test
    void agreesWithAnIndependentImplementationOnRandomSecrets() {
        for (var i = 0; i < 50; i++) {
            var secret = TotpCodes.newSecret();
            var step = 56_000_000L + i * 7919L;
            assertEquals(Rfc6238.code(secret, step, 6), TotpCodes.codeAt(secret, step));
        }
    }

    @Test
    void acceptsTheCurrentCodeAndThoseOneStepAroundIt() {
        var secret = TotpCodes.newSecret();
        var now = Instant.parse("2026-11-24T09:00:10Z");
        var current = TotpCodes.stepOf(now);
        for (var step = current - 1; step <= current + 1; step++) {
            assertEquals(
                    OptionalLong.of(step),
                    TotpCodes.matchingStep(secret, Rfc6238.code(secret, step, 6), now),
                    "step " + (step - current));
        }
    }

    @Test
    void refusesCodesTwoStepsAwayOrOfAnotherSecret() {
        var secret = TotpCodes.newSecret();
        var now = Instant.parse("2026-11-24T09:00:10Z");
        var current = TotpCodes.stepOf(now);
        for (var step : new long[] {current - 2, current + 2}) {
            var code = Rfc6238.code(secret, step, 6);
            if (!isAlsoInWindow(secret, code, current)) {
                assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(secret, code, now));
            }
        }
        var other = TotpCodes.newSecret();
        var code = Rfc6238.code(other, current, 6);
        if (!isAlsoInWindow(secret, code, current)) {
            assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(secret, code, now));
        }
    }

    @Test
    void toleratesSpacesAsPeopleTypeThem() {
        var secret = TotpCodes.newSecret();
        var now = Instant.now();
        var code = Rfc6238.code(secret, TotpCodes.stepOf(now), 6);
        assertTrue(TotpCodes.matchingStep(secret, " " + code.substring(0, 3) + " " + code.substring(3), now)
                .isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12a456", "abcd-efgh-ijkl-mnop", "１２３４５６"})
    void takesOnlySixAsciiDigitsForACode(String input) {
        assertFalse(TotpCodes.looksLikeCode(input));
        assertEquals(OptionalLong.empty(), TotpCodes.matchingStep(TotpCodes.newSecret(), input, Instant.now()));
    }

    @Test
    void makesA160BitSecretThatDiffersEachTime() {
        var first = TotpCodes.newSecret();
        assertEquals(20, first.length);
        assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(TotpCodes.newSecret()));
    }

    /** A random code may, once in a million, also be the code of a step inside the window: then it proves nothing. */
    private static boolean isAlsoInWindow(byte[] secret, String code, long current) {
        for (var step = current - 1; step <= current + 1; step++) {
            if (Rfc6238.code(secret, step, 6).equals(code)) {
                return true;
            }
        }
        return false;
    }
}
