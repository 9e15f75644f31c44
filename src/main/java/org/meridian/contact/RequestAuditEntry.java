package org.meridian.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail of patient requests: who viewed or changed which request, and when. It names the
 * request by id only and its detail never holds what the patient wrote, so it may outlive the request.
 */
@Entity
@Table(name = "request_audit")
@NamedQuery(name = RequestAuditEntry.OF_REQUEST,
        query = "select e from RequestAuditEntry e where e.requestId = :id order by e.happenedAt, e.id")
public class RequestAuditEntry {

    static final String OF_REQUEST = "RequestAuditEntry.ofRequest";

    static final int DETAIL_LENGTH = 500;
    static final int ACTOR_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "request_audit_seq", sequenceName = "request_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_audit_seq")
    private Long id;

    /** The request concerned; null for an action on many at once (a list, an export, a purge). */
    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(nullable = false, length = 30, updatable = false)
    private String action;

    @Column(nullable = false, length = ACTOR_LENGTH, updatable = false)
    private String actor;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected RequestAuditEntry() {
    }

    RequestAuditEntry(Long requestId, RequestAudit.Action action, String actor, Instant happenedAt, String detail) {
        this.requestId = requestId;
        this.action = action.name();
        this.actor = actor.length() > ACTOR_LENGTH ? actor.substring(0, ACTOR_LENGTH) : actor;
        this.happenedAt = Objects.requireNonNull(happenedAt);
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getDetail() {
        return detail;
    }
}
