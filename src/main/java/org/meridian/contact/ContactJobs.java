package org.meridian.contact;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.meridian.system.ClusterJobLock;

/**
 * The background work of patient requests, scheduled at start on the server's managed scheduler (EJB timers need
 * Hazelcast, which single-instance runs switch off): sending the mail outbox, and deleting requests whose retention
 * period is over, once across all instances.
 */
@ApplicationScoped
public class ContactJobs {

    static final String PURGE_JOB = "contact-retention";

    private static final Logger LOG = Logger.getLogger(ContactJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private MailDispatcher dispatcher;

    @Inject
    private ContactService contactService;

    @Inject
    private ClusterJobLock lock;

    @Inject
    private MetricRegistry metrics;

    @Inject
    private ContactSettings settings;

    @Inject
    private MailSettings mail;

    void start(@Observes Startup startup) {
        scheduler.scheduleWithFixedDelay(
                () -> safely("mail-outbox", dispatcher::dispatchDue), 1, mail.pollSeconds(), TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> safely("retention-purge", this::purgeOnce), 1, settings.purgeIntervalSeconds(), TimeUnit.SECONDS);
        LOG.info(() -> "Patient requests are kept " + settings.retentionDays() + " days; purge every "
                + settings.purgeIntervalSeconds() + " s, mail outbox every " + mail.pollSeconds() + " s");
    }

    /** Deletes expired requests if no other instance did so this turn. */
    void purgeOnce() {
        var lease = Duration.ofSeconds(settings.purgeIntervalSeconds()).minusMillis(500);
        lock.runClaimed(PURGE_JOB, lease, false, () -> {
            var purged =
                    contactService.purgeReceivedBefore(Instant.now().minus(Duration.ofDays(settings.retentionDays())));
            if (purged > 0) {
                LOG.info(() -> purged + " contact requests older than " + settings.retentionDays() + " days deleted");
            }
        });
    }

    /**
     * Runs a job's turn, counted for {@code /metrics} by outcome. A task that throws is never run again by the
     * scheduler: log and carry on instead.
     */
    private void safely(String name, Runnable task) {
        try {
            task.run();
            metrics.counter("meridian.jobs.runs", new Tag("job", name), new Tag("outcome", "ok"))
                    .inc();
        } catch (RuntimeException e) {
            metrics.counter("meridian.jobs.runs", new Tag("job", name), new Tag("outcome", "failed"))
                    .inc();
            LOG.log(Level.WARNING, "Scheduled " + name + " failed; it runs again at its next turn", e);
        }
    }
}
