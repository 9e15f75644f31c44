package org.meridian.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock-out rule on its own; SecurityServicesIT runs the throttle on the database. */
class LoginThrottleTest {

    private static final Duration PERIOD = Duration.ofMinutes(5);
    private static final Instant NINE = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        assertNull(LoginThrottle.lockedUntil(List.of(NINE, NINE.plusSeconds(10)), 3, PERIOD));
        assertNull(LoginThrottle.lockedUntil(List.of(), 1, PERIOD));
    }

    @Test
    void theLimitLocksForAPeriodFromTheFirstOfThem() {
        var failures = List.of(NINE, NINE.plusSeconds(30), NINE.plusSeconds(60));
        assertEquals(NINE.plus(PERIOD), LoginThrottle.lockedUntil(failures, 3, PERIOD));
    }

    @Test
    void onlyTheLatestFailuresUpToTheLimitCount() {
        var failures = List.of(NINE, NINE.plusSeconds(30), NINE.plusSeconds(60), NINE.plusSeconds(90));
        assertEquals(NINE.plusSeconds(30).plus(PERIOD), LoginThrottle.lockedUntil(failures, 3, PERIOD));
    }
}
