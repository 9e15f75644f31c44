package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.support.MovableClock;

class FailureLogTest {

    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger logger = Logger.getLogger(FailureLog.class.getName());
    private MovableClock clock;
    private FailureLog failures;

    @BeforeEach
    void captureLog() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
        failures = new FailureLog(clock);
    }

    @AfterEach
    void restoreLog() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
    }

    @Test
    void logsTheFirstFailureOfAKindAndCountsRepeats() {
        for (int i = 0; i < 500; i++) {
            failures.log("/articles", sameFailure());
        }
        assertEquals(1, records.size(), "a flood of one failure is one log record");

        clock.advance(FailureLog.QUIET_PERIOD);
        failures.log("/articles", sameFailure());
        assertEquals(2, records.size());
        assertTrue(
                records.get(1).getMessage().contains("499 more like it"),
                records.get(1).getMessage());
    }

    @Test
    void differentFailuresAreEachLogged() {
        failures.log("/a", new IllegalStateException("one"));
        failures.log("/b", new IllegalArgumentException("two"));
        assertEquals(2, records.size());
    }

    @Test
    void kindIsTheRootCauseAndWhereItWasThrown() {
        var wrapped = new RuntimeException(sameFailure());
        assertEquals(FailureLog.kind(sameFailure()), FailureLog.kind(wrapped));
        assertNotEquals(FailureLog.kind(sameFailure()), FailureLog.kind(new IllegalStateException()));
    }

    private static IllegalStateException sameFailure() {
        return new IllegalStateException("database down");
    }
}
