package org.meridian.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * How many requests one client address has sent in the last hour, kept in memory. Each instance counts on its own:
 * behind a load balancer spreading one client over n instances, the limit is at most n times the configured one,
 * which still stops a flood. Memory stays bounded: stale addresses are dropped as the map grows.
 */
final class RateLimit {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int SWEEP_ABOVE = 10_000;

    private final int perWindow;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();

    RateLimit(int perWindow) {
        if (perWindow < 1) {
            throw new IllegalArgumentException("The rate limit must allow at least one request an hour");
        }
        this.perWindow = perWindow;
    }

    /** Whether the address may send one more now. */
    synchronized boolean allows(String address, Instant now) {
        var times = sent.get(address);
        if (times == null) {
            return true;
        }
        dropBefore(times, now.minus(WINDOW));
        return times.size() < perWindow;
    }

    /** Counts one request from the address. */
    synchronized void record(String address, Instant now) {
        if (sent.size() > SWEEP_ABOVE) {
            var cutoff = now.minus(WINDOW);
            sent.values().removeIf(times -> {
                dropBefore(times, cutoff);
                return times.isEmpty();
            });
        }
        sent.computeIfAbsent(address, ignored -> new ArrayDeque<>()).addLast(now);
    }

    private static void dropBefore(Deque<Instant> times, Instant cutoff) {
        while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
            times.removeFirst();
        }
    }
}
