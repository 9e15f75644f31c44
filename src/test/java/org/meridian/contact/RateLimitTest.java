package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void allowsTheConfiguredNumberPerHourAndAddress() {
        var limit = new RateLimit(2);
        limit.record("203.0.113.1", now);
        limit.record("203.0.113.1", now.plusSeconds(10));
        assertFalse(limit.allows("203.0.113.1", now.plusSeconds(20)));
        assertTrue(limit.allows("203.0.113.2", now.plusSeconds(20)), "other addresses are not affected");
    }

    @Test
    void forgetsRequestsOlderThanAnHour() {
        var limit = new RateLimit(1);
        limit.record("203.0.113.1", now);
        assertFalse(limit.allows("203.0.113.1", now.plus(RateLimit.WINDOW).minusSeconds(1)));
        assertTrue(limit.allows("203.0.113.1", now.plus(RateLimit.WINDOW).plusSeconds(1)));
    }
}
