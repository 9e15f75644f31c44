package org.meridian.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.meridian.security.StaffRole;

/**
 * Records who did what in the admin console. Entries join the caller's transaction, so a change that is rolled
 * back leaves no entry claiming it happened. Subjects and details name staff accounts, conditions and settings:
 * never put anything a patient wrote into them.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    /** The actor of work the application does by itself, such as set-up at first start. */
    public static final String SYSTEM = "system";
    /** The actor of attempts made before anyone is signed in. */
    public static final String ANONYMOUS = "anonymous";

    @Inject
    private AuditEventRepository repository;

    @Inject
    private SecurityContext securityContext;

    /** Records {@code action} by the signed-in caller. */
    @Transactional
    public void record(AuditAction action, String subject, String detail) {
        recordAs(currentActor(), action, subject, detail);
    }

    @Transactional
    public void recordAs(String actor, AuditAction action, String subject, String detail) {
        repository.save(new AuditEvent(Instant.now(), actor, action, subject, detail));
        LOG.info(() -> "Audit: " + actor + " " + action + " " + (subject == null ? "" : subject));
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public List<AuditEvent> newestFirst(int first, int max) {
        return repository.findNewestFirst(first, max);
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public long count() {
        return repository.count();
    }

    private String currentActor() {
        var caller = securityContext.getCallerPrincipal();
        return caller == null ? ANONYMOUS : caller.getName();
    }
}
