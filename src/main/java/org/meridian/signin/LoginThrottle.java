package org.meridian.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meridian.security.StaffUser;
import org.meridian.system.AttemptLog;

/**
 * Slows down password guessing. Failed sign-ins are counted per account and address together, and per address:
 * once either has failed the configured number of times within the lock-out period, further attempts are refused,
 * without checking the password, until the first of those failures is a period old. An account is never locked as
 * such, so guesses from elsewhere cannot lock out its owner.
 * <p>
 * Failures are counted in the database ({@link AttemptLog}): every instance behind a load balancer sees the same
 * count, and a restart forgets none.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String KIND = "sign-in";

    private AttemptLog attempts;
    private Clock clock;
    private int maxPerAccount;
    private int maxPerAddress;
    private Duration lockout;

    protected LoginThrottle() {
        // for CDI's proxy
    }

    @Inject
    public LoginThrottle(AttemptLog attempts, SignInSettings settings) {
        this(attempts, Clock.systemUTC(), settings.maxFailures(), settings.maxFailuresPerAddress(), settings.lockout());
    }

    /** With a clock of the caller's: tests move it on instead of waiting out a lock-out. */
    public LoginThrottle(AttemptLog attempts, Clock clock, int maxPerAccount, int maxPerAddress, Duration lockout) {
        if (maxPerAccount < 1 || maxPerAddress < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("Sign-in throttling needs positive limits and a lock-out period");
        }
        this.attempts = attempts;
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockout = lockout;
    }

    /** How long sign-ins to {@code username} from {@code address} stay refused; empty when they may go ahead. */
    public Optional<Duration> refusedFor(String username, String address) {
        var now = clock.instant();
        return Optional.ofNullable(later(
                remaining(accountSubject(username, address), maxPerAccount, now),
                remaining(addressSubject(address), maxPerAddress, now)));
    }

    /** Counts a failed sign-in; true when it is the one that starts a lock-out. */
    public boolean failed(String username, String address) {
        var now = clock.instant();
        var accountLocked = count(accountSubject(username, address), maxPerAccount, now);
        var addressLocked = count(addressSubject(address), maxPerAddress, now);
        return accountLocked || addressLocked;
    }

    /**
     * Forgets the failures of this account from this address, and the address's failures unless they lock it, so
     * staff sharing one address (the clinic's router) do not add up each other's typos. A running lock-out stays.
     */
    public void succeeded(String username, String address) {
        var now = clock.instant();
        attempts.forget(KIND, accountSubject(username, address));
        var addressSubject = addressSubject(address);
        if (remaining(addressSubject, maxPerAddress, now) == null) {
            attempts.forget(KIND, addressSubject);
        }
    }

    public Duration getLockout() {
        return lockout;
    }

    /** Counts one failure; true when it is the one that reaches the limit. */
    private boolean count(String subject, int max, Instant now) {
        attempts.record(KIND, subject, now, lockout);
        return attempts.since(KIND, subject, now.minus(lockout)).size() == max;
    }

    private Duration remaining(String subject, int max, Instant now) {
        var until = lockedUntil(attempts.since(KIND, subject, now.minus(lockout)), max, lockout);
        return until == null || !until.isAfter(now) ? null : Duration.between(now, until);
    }

    /**
     * Until when failures lock: with at least {@code max} of them within the period (oldest first), until the first of
     * the latest {@code max} is a period old; null with fewer.
     */
    static Instant lockedUntil(List<Instant> failuresInPeriod, int max, Duration lockout) {
        var count = failuresInPeriod.size();
        return count < max ? null : failuresInPeriod.get(count - max).plus(lockout);
    }

    private static Duration later(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private String accountSubject(String username, String address) {
        return attempts.subject("account", StaffUser.normaliseUsername(username), address);
    }

    private String addressSubject(String address) {
        return attempts.subject("address", address);
    }
}
