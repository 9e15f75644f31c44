package org.meridian.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.security.StaffRole;

/**
 * Records who did what in the admin console, including every look at a patient request. Entries join the caller's
 * transaction, so a change that is rolled back leaves no entry claiming it happened. Subjects and details name staff
 * accounts, conditions, settings and requests by id: never put anything a patient wrote into them.
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
        save(new AuditEvent(Instant.now(), actor, action, subject, detail));
    }

    /** Records {@code action} by the signed-in caller on one stored thing, which {@link #trailOf} finds again. */
    @Transactional
    public void record(AuditAction action, AuditSubject subject, String detail) {
        recordAs(currentActor(), action, subject, detail);
    }

    @Transactional
    public void recordAs(String actor, AuditAction action, AuditSubject subject, String detail) {
        save(new AuditEvent(Instant.now(), actor, action, subject, detail));
    }

    /**
     * What was done to one thing, oldest first. Staff who may see the thing may see its trail; the whole log is for
     * administrators.
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<AuditEvent> trailOf(AuditSubject subject) {
        return repository.findOfSubject(subject);
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public List<AuditEvent> newestFirst(int first, int max) {
        return repository.findNewestFirst(first, max);
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public long count() {
        return repository.count();
    }

    private void save(AuditEvent event) {
        repository.save(event);
        LOG.log(Level.INFO, "Audit: {0} {1} {2}", new Object[] {
            event.getActor(), event.getAction(), event.getSubject() == null ? "" : event.getSubject()
        });
    }

    private String currentActor() {
        var caller = securityContext.getCallerPrincipal();
        return caller == null ? ANONYMOUS : caller.getName();
    }
}
