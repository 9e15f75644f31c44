package org.meridian.content;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance in step with changes made through other instances: every {@code meridian.content.poll-millis}
 * it reads the content change feed and replays what others changed, so their edits show here within a second or so.
 * A database row per change is cheap to poll and needs no cluster messaging to be up.
 */
@ApplicationScoped
public class ContentChangePoller {

    private static final Logger LOG = Logger.getLogger(ContentChangePoller.class.getName());
    private static final Duration FEED_RETENTION = Duration.ofDays(1);

    /**
     * How far back each poll looks. Ids do not tell commit order (ids come in blocks per instance, and a change
     * can commit after a later one), so each poll rereads a window long enough for any transaction and clock skew
     * and skips the changes it has replayed already.
     */
    static final Duration WINDOW = Duration.ofSeconds(30);

    @Inject
    private ContentChangeFeed feed;

    @Inject
    private ContentSettings settings;

    /** Threads with the application's context (transactions, JNDI); the default managed scheduled executor
     * loses it for tasks submitted during start-up on Payara. */
    @Resource
    private ManagedThreadFactory threadFactory;

    private final Map<Long, Instant> seen = new HashMap<>();
    private ScheduledExecutorService scheduler;

    void start(@Observes Startup startup) {
        feed.forgetChangesBefore(Instant.now().minus(FEED_RETENTION));
        scheduler = Executors.newSingleThreadScheduledExecutor(threadFactory);
        var period = settings.pollMillis();
        scheduler.scheduleWithFixedDelay(this::pollSafely, period, period, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void pollSafely() {
        try {
            poll(Instant.now());
        } catch (RuntimeException e) {
            // A database hiccup must not stop the polling: the window lets the next round catch up.
            LOG.log(Level.WARNING, "Could not read the content change feed: {0}", e.toString());
        }
    }

    synchronized void poll(Instant now) {
        // Replaying a change this instance already loaded at start does no harm: listeners only refresh.
        for (var change : feed.changesSince(now.minus(WINDOW))) {
            if (seen.putIfAbsent(change.getId(), now) == null && !feed.madeHere(change)) {
                feed.replay(change);
            }
        }
        seen.values().removeIf(seenAt -> seenAt.isBefore(now.minus(WINDOW.multipliedBy(2))));
    }
}
