package org.meridian.contact;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.system.ClusterJobLock;
import org.meridian.system.SiteSettings;

/**
 * Sends the outbox's due mail, oldest first, one instance at a time. Runs right after a request is stored and then
 * on a schedule; a mail the SMTP server refuses waits longer after each failure and is tried again, across
 * restarts, until it is accepted.
 */
@ApplicationScoped
public class MailDispatcher {

    static final String JOB = "mail-outbox";

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    /**
     * Long enough for one mail (the SMTP timeouts are shorter) and renewed before each: an instance that dies while
     * sending holds up the others for half a minute at most.
     */
    private static final Duration LEASE = Duration.ofSeconds(30);

    private static final int BATCH = 50;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailSender sender;

    @Inject
    private ClusterJobLock lock;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SiteSettings site;

    @Inject
    private MailSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();

    /** Sends what is due in the background, now: called once a request is committed. */
    public void dispatchSoon() {
        if (!sender.isConfigured()) {
            return;
        }
        try {
            executor.execute(this::dispatchDue);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Executor busy: the outbox's next scheduled turn sends the mail", e);
        }
    }

    /** Sends what is due. A call while a run is under way makes that run go round once more instead. */
    public void dispatchDue() {
        if (!sender.isConfigured()) {
            return;
        }
        requested.set(true);
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                lock.runClaimed(JOB, LEASE, true, this::sendDue);
            } finally {
                running.set(false);
            }
        }
    }

    private void sendDue() {
        for (var id : outbox.due(Instant.now(), BATCH)) {
            if (!lock.tryClaim(JOB, LEASE)) {
                return;
            }
            var mail = outbox.find(id);
            if (mail.isEmpty()) {
                continue;
            }
            var requestId = mail.get().getRequestId();
            var reference = outbox.referenceOf(requestId);
            if (reference.isEmpty()) {
                continue;
            }
            var notification = NotificationMail.of(requestId, reference.get(), site.baseUrl());
            try {
                sender.sendToClinic(notification.subject(), notification.body());
                outbox.markSent(id, Instant.now());
                LOG.info(() -> "Notification of contact request " + requestId + " sent");
            } catch (MessagingException | RuntimeException e) {
                outbox.markFailed(
                        id,
                        Instant.now(),
                        e.toString(),
                        Duration.ofSeconds(settings.retryMinSeconds()),
                        Duration.ofSeconds(settings.retryMaxSeconds()));
                LOG.log(
                        Level.WARNING,
                        "Notification of contact request {0} not sent (attempt {1}); it will be " + "retried: {2}",
                        new Object[] {requestId, mail.get().getAttempts() + 1, e.toString()});
                // The server is likely down for every mail: leave the rest for the next turn.
                return;
            }
        }
    }
}
