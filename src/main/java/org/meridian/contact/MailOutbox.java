package org.meridian.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The mail waiting in the database: written with each request, read and marked by the {@link MailDispatcher}. Reads
 * are transactional too: on a scheduler thread, Payara closes a container-managed EntityManager used outside a
 * transaction before its query runs.
 */
@ApplicationScoped
@Transactional
public class MailOutbox {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private MailSender sender;

    /**
     * Queues the notification of a new request, in the request's own transaction. Without an SMTP server configured
     * nothing is queued: the console is then the only place staff learn of requests, and says so.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(ContactRequest request) {
        if (sender.isConfigured()) {
            entityManager.persist(new OutboxMail(request.getId(), request.getReceivedAt()));
        }
    }

    public List<Long> due(Instant now, int max) {
        return entityManager
                .createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** The reference of the request a mail announces; empty once the request is erased. */
    public Optional<String> referenceOf(long requestId) {
        return entityManager
                .createNamedQuery(ContactRequest.REFERENCE_OF, String.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(entityManager.find(OutboxMail.class, id));
    }

    public void markSent(long id, Instant now) {
        find(id).ifPresent(mail -> mail.sent(now));
    }

    public void markFailed(long id, Instant now, String error, Duration first, Duration longest) {
        find(id).ifPresent(mail -> mail.failed(now, error, OutboxMail.backoff(mail.getAttempts() + 1, first, longest)));
    }

    /** Mail not sent yet, oldest first: what the console shows when the SMTP server is failing. */
    public List<OutboxMail> pending() {
        return entityManager
                .createNamedQuery(OutboxMail.PENDING, OutboxMail.class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .getResultList();
    }

    @Gauge(
            name = "meridian.mail.outbox.waiting",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "Notification mails not yet accepted by the SMTP server")
    public long waiting() {
        return pending().size();
    }

    public List<OutboxMail> of(List<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createNamedQuery(OutboxMail.OF_REQUESTS, OutboxMail.class)
                .setParameter("ids", requestIds)
                .getResultList();
    }

    public boolean isMailConfigured() {
        return sender.isConfigured();
    }
}
