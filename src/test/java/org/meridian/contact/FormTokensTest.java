package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    private final FormTokens tokens = new FormTokens("test key".getBytes(StandardCharsets.UTF_8));
    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void verifiesItsOwnTokenWithTimeAndKey() {
        var token = tokens.issue(now);
        var verified = tokens.verify(token, now.plusSeconds(5)).orElseThrow();
        assertEquals(now, verified.issuedAt());
        assertEquals(Duration.ofSeconds(5), verified.age(now.plusSeconds(5)));
        assertEquals(22, verified.submissionKey().length());
    }

    @Test
    void everyFormGetsItsOwnSubmissionKey() {
        var first = tokens.verify(tokens.issue(now), now).orElseThrow().submissionKey();
        var second = tokens.verify(tokens.issue(now), now).orElseThrow().submissionKey();
        assertNotEquals(first, second);
    }

    @Test
    void rejectsAChangedTimeAnotherKeyAndGarbage() {
        var token = tokens.issue(now);
        var earlier = (now.toEpochMilli() - 60_000) + token.substring(token.indexOf('.'));
        assertTrue(tokens.verify(earlier, now).isEmpty());
        var other = new FormTokens("other key".getBytes(StandardCharsets.UTF_8));
        assertTrue(other.verify(token, now).isEmpty());
        assertTrue(tokens.verify("garbage", now).isEmpty());
        assertTrue(tokens.verify(null, now).isEmpty());
    }

    @Test
    void rejectsTokensOlderThanTheMaximumAge() {
        var token = tokens.issue(now);
        assertTrue(tokens.verify(token, now.plus(FormTokens.MAX_AGE).minusSeconds(1))
                .isPresent());
        assertTrue(tokens.verify(token, now.plus(FormTokens.MAX_AGE).plusSeconds(1))
                .isEmpty());
    }
}
