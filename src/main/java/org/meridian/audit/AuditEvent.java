package org.meridian.audit;

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
import java.io.Serializable;
import java.time.Instant;

/** One entry of the audit log: when, who, what, to what. Written once, never changed. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.NEWEST_FIRST, query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.COUNT, query = "select count(e) from AuditEvent e")
@NamedQuery(
        name = AuditEvent.OF_SUBJECT,
        query = "select e from AuditEvent e where e.subjectKind = :kind"
                + " and e.subjectId = :id order by e.occurredAt, e.id")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String NEWEST_FIRST = "AuditEvent.newestFirst";
    static final String COUNT = "AuditEvent.count";
    static final String OF_SUBJECT = "AuditEvent.ofSubject";

    static final int ACTOR_LENGTH = 60;
    static final int SUBJECT_LENGTH = 200;
    static final int DETAIL_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(updatable = false, length = SUBJECT_LENGTH)
    private String subject;

    /** With {@link #subjectId}, the one stored thing this is about, where it is about one. */
    @Column(name = "subject_kind", updatable = false, length = AuditSubject.KIND_LENGTH)
    private String subjectKind;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(updatable = false, length = DETAIL_LENGTH)
    private String detail;

    protected AuditEvent() {}

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String subject, String detail) {
        if (occurredAt == null || actor == null || action == null) {
            throw new IllegalArgumentException("An audit event needs a time, an actor and an action");
        }
        this.occurredAt = occurredAt;
        this.actor = cut(actor, ACTOR_LENGTH);
        this.action = action;
        this.subject = cut(subject, SUBJECT_LENGTH);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, AuditSubject subject, String detail) {
        this(occurredAt, actor, action, subject.label(), detail);
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
