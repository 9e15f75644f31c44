package org.meridian.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * The notification that a request arrived, waiting in the database until the SMTP server accepts it. It is written
 * in the same transaction as the request, so a crash or an SMTP outage delays the mail but never loses it.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = OutboxMail.DUE, query = """
        select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now order by m.id""")
@NamedQuery(name = OutboxMail.PENDING, query = """
        select m from OutboxMail m where m.status = :pending order by m.id""")
@NamedQuery(name = OutboxMail.OF_REQUESTS, query = "select m from OutboxMail m where m.requestId in :ids")
public class OutboxMail implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DUE = "OutboxMail.due";
    static final String PENDING = "OutboxMail.pending";
    static final String OF_REQUESTS = "OutboxMail.ofRequests";

    static final int ERROR_LENGTH = 500;

    public enum Status {
        PENDING,
        SENT
    }

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {}

    public OutboxMail(long requestId, Instant now) {
        this.requestId = requestId;
        this.createdAt = now;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        attempts++;
        lastAttemptAt = now;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    void failed(Instant now, String error, Duration retryAfter) {
        attempts++;
        lastAttemptAt = now;
        lastError = error == null
                ? "unknown error"
                : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        nextAttemptAt = now.plus(retryAfter);
    }

    /**
     * How long to wait after the given number of failed attempts: doubling from {@code first}, never more than
     * {@code longest}. The mail is retried for as long as it takes; the wait only keeps an outage from being hammered.
     */
    public static Duration backoff(int failedAttempts, Duration first, Duration longest) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        var doublings = Math.min(failedAttempts - 1, 30);
        var wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isSent() {
        return status == Status.SENT;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
