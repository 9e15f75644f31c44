package org.meridian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;

/** Staff accounts: signing in, and keeping them. */
@ApplicationScoped
public class StaffUserService {

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SecurityContext securityContext;

    /** The account of whoever is signed in. */
    public StaffUser current() {
        var caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return users.findByUsername(caller.getName())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /**
     * The enabled account that {@code username} and {@code password} open, its sign-in recorded; empty when they
     * open none. An unknown username costs as much time as a wrong password, so answers do not tell which
     * usernames exist; its attempted name is not recorded either, as people sometimes type a password there.
     */
    @Transactional
    public Optional<StaffUser> signIn(String username, String password, String address) {
        var found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            auditLog.recordAs(AuditLog.ANONYMOUS, AuditAction.SIGN_IN_FAILED, null, "Unknown account, from " + address);
            return Optional.empty();
        }
        var user = found.get();
        if (!hasher.verify(password, user.getPasswordHash())) {
            auditLog.recordAs(AuditLog.ANONYMOUS, AuditAction.SIGN_IN_FAILED, user.getUsername(),
                    "Wrong password, from " + address);
            return Optional.empty();
        }
        if (!user.isEnabled()) {
            auditLog.recordAs(AuditLog.ANONYMOUS, AuditAction.SIGN_IN_FAILED, user.getUsername(),
                    "Account disabled, from " + address);
            return Optional.empty();
        }
        if (hasher.isOutdated(user.getPasswordHash())) {
            user.changePasswordHash(hasher.hash(password));
        }
        user.signedInAt(Instant.now());
        auditLog.recordAs(user.getUsername(), AuditAction.SIGN_IN, user.getUsername(), "From " + address);
        return Optional.of(user);
    }
}
