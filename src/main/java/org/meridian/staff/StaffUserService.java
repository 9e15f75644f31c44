package org.meridian.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.security.PasswordHasher;
import org.meridian.security.PasswordPolicy;
import org.meridian.security.SignedInStaff;
import org.meridian.security.StaffRole;
import org.meridian.security.StaffUser;
import org.meridian.security.StaffUserRepository;
import org.meridian.system.EditConflictException;
import org.meridian.system.InvalidInputException;

/**
 * Staff accounts: signing in, and keeping them. Administrators manage every account; everyone changes their own
 * password. There is always at least one enabled administrator: the last one can be neither disabled nor demoted.
 */
@ApplicationScoped
public class StaffUserService {

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SignedInStaff signedIn;

    /**
     * The enabled account that {@code username} and {@code password} open; empty when they open none. This is not
     * yet a sign-in ({@link #signedIn}), which may need a second factor first. An unknown username costs as much time
     * as a wrong password, so answers do not tell which usernames exist; its attempted name is not recorded either,
     * as people sometimes type a password there.
     */
    @Transactional
    public Optional<StaffUser> checkPassword(String username, String password, String address) {
        var found = users.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verifyNothing(password);
            auditLog.recordAs(
                    AuditLog.ANONYMOUS, AuditAction.SIGN_IN_FAILED, (String) null, "Unknown account, from " + address);
            return Optional.empty();
        }
        var user = found.get();
        if (!hasher.verify(password, user.getPasswordHash())) {
            auditLog.recordAs(
                    AuditLog.ANONYMOUS,
                    AuditAction.SIGN_IN_FAILED,
                    user.getUsername(),
                    "Wrong password, from " + address);
            return Optional.empty();
        }
        if (!user.isEnabled()) {
            auditLog.recordAs(
                    AuditLog.ANONYMOUS,
                    AuditAction.SIGN_IN_FAILED,
                    user.getUsername(),
                    "Account disabled, from " + address);
            return Optional.empty();
        }
        if (hasher.isOutdated(user.getPasswordHash())) {
            user.changePasswordHash(hasher.hash(password));
        }
        return Optional.of(user);
    }

    /** Records the sign-in of {@code username}, who gave every factor asked; empty when the account is gone. */
    @Transactional
    public Optional<StaffUser> signedIn(String username, String address) {
        var user = users.findByUsername(username).filter(StaffUser::isEnabled);
        user.ifPresent(found -> {
            found.signedInAt(Instant.now());
            auditLog.recordAs(found.getUsername(), AuditAction.SIGN_IN, found.getUsername(), "From " + address);
        });
        return user;
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public List<StaffUser> all() {
        return users.findAll();
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public Optional<StaffUser> find(long id) {
        return users.findById(id);
    }

    /** Adds an account; its owner signs in with {@code password} and should change it. */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public StaffUser create(String username, String displayName, String email, StaffRole role, String password) {
        var name = StaffUser.normaliseUsername(username);
        if (!name.matches(StaffUser.USERNAME_PATTERN)) {
            throw new InvalidInputException(
                    "username",
                    "Use 3 to 60 lower-case letters, digits, dots, hyphens or "
                            + "underscores, starting with a letter or digit.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new InvalidInputException("username", "There is already a user called " + name + ".");
        }
        requireAcceptable(password, name, "password");
        var user = new StaffUser(name, displayName, role, hasher.hash(password), Instant.now());
        user.setEmail(email);
        users.save(user);
        auditLog.record(AuditAction.USER_CREATED, name, "Role " + role);
        return user;
    }

    /** Changes an account's details, role and whether it may sign in, unless someone else changed it meanwhile. */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public void update(long id, long editedVersion, String displayName, String email, StaffRole role, boolean enabled) {
        var user = users.findById(id).orElseThrow(() -> new EditConflictException("This user"));
        EditConflictException.check(editedVersion, user.getVersion(), "This user");
        var demoted = user.getRole() == StaffRole.ADMIN && role != StaffRole.ADMIN;
        var disabled = user.isEnabled() && !enabled;
        if (user.getRole() == StaffRole.ADMIN
                && user.isEnabled()
                && (demoted || disabled)
                && users.countEnabled(StaffRole.ADMIN) <= 1) {
            throw new InvalidInputException(
                    demoted ? "role" : "enabled",
                    "This is the only active administrator. "
                            + "Make someone else an administrator first, so the clinic is never left without one.");
        }
        user.rename(displayName);
        user.setEmail(email);
        if (user.getRole() != role) {
            auditLog.record(AuditAction.USER_ROLE_CHANGED, user.getUsername(), user.getRole() + " to " + role);
            user.changeRole(role);
        }
        if (user.isEnabled() != enabled) {
            auditLog.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, user.getUsername(), null);
            user.setEnabled(enabled);
        }
        flush("This user");
    }

    /** Sets a new password for someone who forgot theirs. */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public void resetPassword(long id, String newPassword) {
        var user = users.findById(id).orElseThrow(() -> new EditConflictException("This user"));
        requireAcceptable(newPassword, user.getUsername(), "newPassword");
        user.changePasswordHash(hasher.hash(newPassword));
        auditLog.record(AuditAction.USER_PASSWORD_RESET, user.getUsername(), null);
    }

    /** Changes the signed-in user's own password; they prove it is them with the current one. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var user = signedIn.current();
        if (currentPassword == null || !hasher.verify(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "This is not your current password.");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        requireAcceptable(newPassword, user.getUsername(), "newPassword");
        user.changePasswordHash(hasher.hash(newPassword));
        auditLog.record(AuditAction.PASSWORD_CHANGED, user.getUsername(), null);
    }

    private void requireAcceptable(String password, String username, String field) {
        passwordPolicy.problem(password, username).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
    }

    private void flush(String what) {
        try {
            users.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(what);
        }
    }
}
