package org.meridian.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class AuditEventRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public void save(AuditEvent event) {
        entityManager.persist(event);
    }

    /** Events newest first, {@code max} of them from row {@code first} (0-based). */
    public List<AuditEvent> findNewestFirst(int first, int max) {
        return entityManager
                .createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** The events about one thing, oldest first. */
    public List<AuditEvent> findOfSubject(AuditSubject subject) {
        return entityManager
                .createNamedQuery(AuditEvent.OF_SUBJECT, AuditEvent.class)
                .setParameter("kind", subject.kind())
                .setParameter("id", subject.id())
                .getResultList();
    }

    public long count() {
        return entityManager.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
    }
}
