package org.meridian.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs unexpected failures so that a scan or a flood cannot fill the disk: the first failure of a kind (exception
 * type and where it was thrown) is logged with its stack trace, repeats within {@link #QUIET_PERIOD} only counted,
 * and the count is logged with the next one after that.
 */
@ApplicationScoped
public class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());
    static final Duration QUIET_PERIOD = Duration.ofMinutes(1);

    private final Map<String, Occurrences> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    public FailureLog() {
        this(Clock.systemUTC());
    }

    FailureLog(Clock clock) {
        this.clock = clock;
    }

    /** Logs {@code failure} of a request to {@code path} unless one like it was logged in the quiet period. */
    public void log(String path, Throwable failure) {
        var kind = kind(failure);
        var now = clock.instant();
        var occurrences = seen.computeIfAbsent(kind, key -> new Occurrences());
        var suppressed = occurrences.suppressedSince(now);
        if (suppressed < 0) {
            return;
        }
        if (suppressed == 0) {
            LOG.log(Level.SEVERE, "Request to " + path + " failed", failure);
        } else {
            LOG.log(
                    Level.SEVERE,
                    "Request to " + path + " failed (" + suppressed + " more like it since the last report)",
                    failure);
        }
        if (seen.size() > 10_000) {
            seen.clear();
        }
    }

    /** The exception's type and the first place it was thrown from: failures of one kind share both. */
    static String kind(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var trace = root.getStackTrace();
        return root.getClass().getName() + (trace.length > 0 ? "@" + trace[0] : "");
    }

    private final class Occurrences {

        private Instant lastReported;
        private final AtomicLong suppressed = new AtomicLong();

        /** -1: stay quiet (counted); otherwise report now, with how many were kept quiet before. */
        synchronized long suppressedSince(Instant now) {
            if (lastReported != null && Duration.between(lastReported, now).compareTo(QUIET_PERIOD) < 0) {
                suppressed.incrementAndGet();
                return -1;
            }
            lastReported = now;
            return suppressed.getAndSet(0);
        }
    }
}
