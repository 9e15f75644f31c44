package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String HOME = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.9";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, 5, Duration.ofMinutes(5));

    @Test
    void letsAttemptsThroughBelowTheLimit() {
        fail("maria", HOME, 4);
        assertEquals(Optional.empty(), throttle.refusedFor("maria", HOME));
    }

    @Test
    void refusesTheAccountFromThatAddressAfterFiveFailures() {
        fail("maria", HOME, 4);
        assertTrue(throttle.failed("maria", HOME), "the fifth failure starts the lock-out");
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.refusedFor("maria", HOME));
        assertEquals(Optional.of(Duration.ofMinutes(5)), throttle.refusedFor("MARIA ", HOME), "any spelling");
    }

    @Test
    void guessesFromElsewhereDoNotLockOutTheOwner() {
        fail("maria", ELSEWHERE, 5);
        assertTrue(throttle.refusedFor("maria", ELSEWHERE).isPresent());
        assertEquals(Optional.empty(), throttle.refusedFor("maria", HOME));
    }

    @Test
    void refusesAnAddressThatFailsForManyAccounts() {
        for (var name : new String[] {"a1", "b2", "c3", "d4", "e5"}) {
            throttle.failed(name, ELSEWHERE);
        }
        assertTrue(throttle.refusedFor("maria", ELSEWHERE).isPresent(), "even an account it did not try");
        assertEquals(Optional.empty(), throttle.refusedFor("maria", HOME));
    }

    @Test
    void lockOutEndsAfterItsPeriod() {
        fail("maria", HOME, 5);
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Optional.of(Duration.ofMinutes(2)), throttle.refusedFor("maria", HOME));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), throttle.refusedFor("maria", HOME));
        assertFalse(throttle.failed("maria", HOME), "counting starts again from zero");
    }

    @Test
    void failuresSpreadOverLongerThanThePeriodDoNotAddUp() {
        fail("maria", HOME, 4);
        clock.advance(Duration.ofMinutes(6));
        assertFalse(throttle.failed("maria", HOME));
        assertEquals(Optional.empty(), throttle.refusedFor("maria", HOME));
    }

    @Test
    void successForgetsTheAccountsFailures() {
        fail("maria", HOME, 4);
        throttle.succeeded("maria", HOME);
        assertFalse(throttle.failed("maria", HOME));
        assertEquals(Optional.empty(), throttle.refusedFor("maria", HOME));
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2025-03-10T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
