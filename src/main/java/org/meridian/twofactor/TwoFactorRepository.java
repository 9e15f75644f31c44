package org.meridian.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class TwoFactorRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public Optional<TotpEnrolment> findEnrolment(long userId) {
        return Optional.ofNullable(entityManager.find(TotpEnrolment.class, userId));
    }

    public Set<Long> enrolledUserIds() {
        return new HashSet<>(entityManager
                .createNamedQuery(TotpEnrolment.USER_IDS, Long.class)
                .getResultList());
    }

    public void save(TotpEnrolment enrolment) {
        entityManager.persist(enrolment);
    }

    public void delete(TotpEnrolment enrolment) {
        entityManager.remove(enrolment);
    }

    /**
     * Records {@code step} as the last one used, in one statement that only succeeds while it is later than the last
     * one: of two requests racing with the same code, on any instance, one wins.
     */
    public boolean acceptStep(long userId, long step) {
        return entityManager
                        .createNamedQuery(TotpEnrolment.ACCEPT_STEP)
                        .setParameter("step", step)
                        .setParameter("userId", userId)
                        .executeUpdate()
                == 1;
    }

    public Optional<RecoveryCode> findUnusedRecoveryCode(long userId, String hash) {
        return entityManager
                .createNamedQuery(RecoveryCode.UNUSED, RecoveryCode.class)
                .setParameter("userId", userId)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    /** Marks the code used, unless another request did so first. */
    public boolean useRecoveryCode(long id, Instant now) {
        return entityManager
                        .createNamedQuery(RecoveryCode.USE)
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .executeUpdate()
                == 1;
    }

    public long countUnusedRecoveryCodes(long userId) {
        return entityManager
                .createNamedQuery(RecoveryCode.COUNT_UNUSED, Long.class)
                .setParameter("userId", userId)
                .getSingleResult();
    }

    public void saveRecoveryCode(RecoveryCode code) {
        entityManager.persist(code);
    }

    public void deleteRecoveryCodes(long userId) {
        entityManager
                .createNamedQuery(RecoveryCode.DELETE_OF_USER)
                .setParameter("userId", userId)
                .executeUpdate();
    }

    public SecuritySettings settings() {
        return entityManager.find(SecuritySettings.class, SecuritySettings.ID);
    }
}
