package org.meridian.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Writes the audit trail of patient requests. Every read or change of a request by staff, and every deletion, leaves
 * a line here, in the transaction of the action itself: no action without its line, no line without its action.
 */
@ApplicationScoped
public class RequestAudit {

    /** The actor of work nobody started by hand (the retention purge). */
    public static final String SYSTEM = "system";

    public enum Action {
        LISTED, VIEWED, EXPORTED, STATUS_CHANGED, NOTES_CHANGED, ERASED, PURGED
    }

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private SecurityContext securityContext;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long requestId, Action action, String detail) {
        recordAs(currentActor(), requestId, action, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, Long requestId, Action action, String detail) {
        entityManager.persist(new RequestAuditEntry(requestId, action, actor, Instant.now(), detail));
    }

    public List<RequestAuditEntry> trailOf(long requestId) {
        return entityManager.createNamedQuery(RequestAuditEntry.OF_REQUEST, RequestAuditEntry.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    private String currentActor() {
        var caller = securityContext.getCallerPrincipal();
        return caller == null ? "anonymous" : caller.getName();
    }
}
