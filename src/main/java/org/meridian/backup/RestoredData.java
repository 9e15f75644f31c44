package org.meridian.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.meridian.content.ContentChanged;
import org.meridian.content.ContentKind;

/**
 * Makes this instance forget what its persistence unit holds from before a restore, on the instance that restored
 * and, through the content change feed, on every other: the JPA cache, and the blocks of ids EclipseLink took from
 * the sequences in advance, which restored rows may hold now (the next insert would fail on a duplicate key).
 */
@ApplicationScoped
public class RestoredData {

    @PersistenceUnit
    private EntityManagerFactory entityManagerFactory;

    /** Called by the restoring instance before it writes anything more. */
    void forgetWhatThisInstanceHeld() {
        entityManagerFactory.getCache().evictAll();
        // JPA has no call for ids taken in advance, hence EclipseLink's own.
        entityManagerFactory
                .unwrap(DatabaseSession.class)
                .getSequencingControl()
                .initializePreallocated();
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (change.kind() == ContentKind.ALL) {
            forgetWhatThisInstanceHeld();
        }
    }
}
