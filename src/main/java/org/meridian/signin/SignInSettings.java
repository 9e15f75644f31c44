package org.meridian.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The sign-in throttle's settings; their keys are written here once (see system/SiteSettings). */
@ApplicationScoped
public class SignInSettings {

    public static final String MAX_FAILURES = "meridian.login.max-failures";
    public static final String MAX_FAILURES_PER_ADDRESS = "meridian.login.max-failures-per-address";
    public static final String LOCKOUT_MINUTES = "meridian.login.lockout-minutes";

    @Inject
    @ConfigProperty(name = MAX_FAILURES)
    private int maxFailures;

    @Inject
    @ConfigProperty(name = MAX_FAILURES_PER_ADDRESS)
    private int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = LOCKOUT_MINUTES)
    private int lockoutMinutes;

    /** Failed sign-ins for one account from one address before that address is locked out. */
    public int maxFailures() {
        return maxFailures;
    }

    /** Failed sign-ins from one address, for any accounts, before it is locked out. */
    public int maxFailuresPerAddress() {
        return maxFailuresPerAddress;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }
}
