package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records that public content changed, in the same transaction as the change, and tells this instance's listeners
 * once it commits. Every service that changes what patients see calls {@link #record}. Other instances read the
 * recorded rows ({@link ContentChangePoller}) and fire the same event there.
 */
@ApplicationScoped
public class ContentChangeFeed {

    /** Identifies this running instance in the feed, so it skips the changes it made itself. */
    private final String instanceId = UUID.randomUUID().toString();

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private Event<ContentChanged> events;

    /**
     * Records a change of public content. Observers declared with {@code during = TransactionPhase.AFTER_SUCCESS}
     * hear of it after the commit, and never if the transaction rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ContentKind kind, long entityId) {
        var change = new ContentChanged(kind, entityId);
        entityManager.persist(new ContentChange(change, instanceId, Instant.now()));
        events.fire(change);
    }

    /** Changes recorded after {@code since}, by any instance. */
    @Transactional
    public List<ContentChange> changesSince(Instant since) {
        return entityManager
                .createNamedQuery(ContentChange.SINCE, ContentChange.class)
                .setParameter("since", since)
                .getResultList();
    }

    boolean madeHere(ContentChange change) {
        return instanceId.equals(change.getOrigin());
    }

    /** Tells this instance's listeners of a change another instance made. */
    void replay(ContentChange change) {
        events.fire(change.toEvent());
    }

    @Transactional
    public int forgetChangesBefore(Instant before) {
        return entityManager
                .createNamedQuery(ContentChange.DELETE_BEFORE)
                .setParameter("before", before)
                .executeUpdate();
    }
}
