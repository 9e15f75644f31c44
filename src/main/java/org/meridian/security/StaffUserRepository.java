package org.meridian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffUserRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public List<StaffUser> findAll() {
        return entityManager.createNamedQuery(StaffUser.ALL, StaffUser.class).getResultList();
    }

    public Optional<StaffUser> findById(long id) {
        return Optional.ofNullable(entityManager.find(StaffUser.class, id));
    }

    public Optional<StaffUser> findByUsername(String username) {
        return entityManager
                .createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", StaffUser.normaliseUsername(username))
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return entityManager.createNamedQuery(StaffUser.COUNT, Long.class).getSingleResult();
    }

    public long countEnabled(StaffRole role) {
        return entityManager
                .createNamedQuery(StaffUser.COUNT_ENABLED_IN_ROLE, Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public void save(StaffUser user) {
        entityManager.persist(user);
    }

    /** Writes pending changes now, so a version conflict shows here rather than at commit. */
    public void flush() {
        entityManager.flush();
    }
}
