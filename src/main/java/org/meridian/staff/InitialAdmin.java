package org.meridian.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.logging.Logger;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.security.PasswordHasher;
import org.meridian.security.PasswordPolicy;
import org.meridian.security.StaffRole;
import org.meridian.security.StaffUser;
import org.meridian.security.StaffUserRepository;

/**
 * Creates the first account, {@code admin}, when there is no account at all. Its password is
 * {@code meridian.admin.password} when set; otherwise a random one, written to the log this once and never stored
 * anywhere but as a hash. There is no built-in default password.
 */
@ApplicationScoped
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    public static final String USERNAME = "admin";

    /** No look-alike characters (0/O, 1/l/I), so the password can be read off a log line and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int RANDOM_LENGTH = 20;

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private PasswordPolicy passwordPolicy;

    @Inject
    private AuditLog auditLog;

    @Inject
    private StaffSettings settings;

    @Transactional
    void createOnFirstStart(@Observes Startup startup) {
        if (users.count() > 0) {
            return;
        }
        var configured = settings.adminPassword();
        var password = configured.orElseGet(this::randomPassword);
        passwordPolicy.problem(password, USERNAME).ifPresent(problem -> {
            throw new IllegalStateException(
                    StaffSettings.ADMIN_PASSWORD + " is not an acceptable password: " + problem);
        });
        users.save(new StaffUser(USERNAME, "Administrator", StaffRole.ADMIN, hasher.hash(password), Instant.now()));
        auditLog.recordAs(AuditLog.SYSTEM, AuditAction.USER_CREATED, USERNAME, "First start: administrator account");
        if (configured.isPresent()) {
            LOG.info(() -> "Created the administrator account '" + USERNAME + "' with the password set in "
                    + StaffSettings.ADMIN_PASSWORD);
        } else {
            LOG.warning(() -> "Created the administrator account '" + USERNAME + "'. Its password, shown only this "
                    + "once: " + password + "  Sign in at /login and change it under 'Change password'.");
        }
    }

    private String randomPassword() {
        var random = new SecureRandom();
        String password;
        do {
            var text = new StringBuilder(RANDOM_LENGTH);
            for (int i = 0; i < RANDOM_LENGTH; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = text.toString();
        } while (passwordPolicy.problem(password, USERNAME).isPresent());
        return password;
    }
}
