package org.meridian.article;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.system.ClusterJobLock;

/**
 * Publishes and unpublishes articles at their scheduled time, whether or not anyone visits the site: every
 * {@code meridian.scheduler.period-seconds} one instance of several (the one holding the {@code job_lock} lease)
 * carries out what is due, each article in a transaction of its own.
 */
@ApplicationScoped
public class ArticleScheduler {

    static final String JOB = "article-schedule";
    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class.getName());

    @Inject
    private ArticleWorkflowService workflowService;

    @Inject
    private ClusterJobLock lock;

    @Inject
    private ArticleSettings settings;

    /** Threads with the application's context: the default managed scheduled executor loses it for tasks submitted
     * during start-up on Payara. */
    @Resource
    private ManagedThreadFactory threadFactory;

    private ScheduledExecutorService scheduler;

    void start(@Observes Startup startup) {
        scheduler = Executors.newSingleThreadScheduledExecutor(threadFactory);
        var period = settings.schedulerPeriodSeconds();
        scheduler.scheduleWithFixedDelay(this::runSafely, period, period, TimeUnit.SECONDS);
        LOG.info(() -> "Scheduled publishing runs every " + period + " s");
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void runSafely() {
        // The lease is kept for the turn, so the other instances skip it; it ends before the next one.
        lock.runClaimed(
                JOB, Duration.ofSeconds(settings.schedulerPeriodSeconds()).minusMillis(500), false, this::runDue);
    }

    void runDue() {
        var now = Instant.now();
        for (var id : workflowService.duePublications(now)) {
            carryOut("publish", id, () -> workflowService.publishScheduled(id, now));
        }
        for (var id : workflowService.dueUnpublications(now)) {
            carryOut("unpublish", id, () -> workflowService.unpublishScheduled(id, now));
        }
    }

    /** One article's failure (an address taken meanwhile, say) must not stop the others. */
    private static void carryOut(String what, long id, Runnable change) {
        try {
            change.run();
            LOG.info(() -> "Scheduled " + what + " of article " + id + " done");
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Scheduled " + what + " of article " + id + " failed; it is tried again next turn",
                    e);
        }
    }
}
