package org.meridian.content;

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

/** One row of the content change feed (see {@link ContentChangeFeed}). */
@Entity
@Table(name = "content_change")
@NamedQuery(
        name = ContentChange.SINCE,
        query = "select c from ContentChange c where c.changedAt > :since order by c.id")
@NamedQuery(name = ContentChange.DELETE_BEFORE, query = "delete from ContentChange c where c.changedAt < :before")
public class ContentChange implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String SINCE = "ContentChange.since";
    static final String DELETE_BEFORE = "ContentChange.deleteBefore";

    @Id
    @SequenceGenerator(name = "content_change_seq", sequenceName = "content_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_change_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContentKind kind;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    /** The instance that made the change: it refreshed itself already. */
    @Column(nullable = false, length = 36)
    private String origin;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ContentChange() {}

    ContentChange(ContentChanged change, String origin, Instant at) {
        this.kind = change.kind();
        this.entityId = change.entityId();
        this.origin = origin;
        this.changedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getOrigin() {
        return origin;
    }

    ContentChanged toEvent() {
        return new ContentChanged(kind, entityId);
    }
}
