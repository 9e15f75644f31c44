package org.meridian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing. Failed sign-ins are counted per account and address together, and per address:
 * after too many of either within the lock-out period, further attempts are refused until it has passed, without
 * checking the password. An account is never locked as such, so guesses from elsewhere cannot lock out its owner.
 *
 * <p>Counts live in this instance's memory: each instance behind a load balancer counts on its own, and a restart
 * forgets them.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Beyond this many tracked keys, expired ones are dropped so the map cannot grow without bound. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;
    private int maxPerAccount;
    private int maxPerAddress;
    private Duration lockout;

    protected LoginThrottle() {
        // for CDI's proxy
    }

    @Inject
    public LoginThrottle(@ConfigProperty(name = "meridian.login.max-failures") int maxPerAccount,
                         @ConfigProperty(name = "meridian.login.max-failures-per-address") int maxPerAddress,
                         @ConfigProperty(name = "meridian.login.lockout-minutes") int lockoutMinutes) {
        this(Clock.systemUTC(), maxPerAccount, maxPerAddress, Duration.ofMinutes(lockoutMinutes));
    }

    LoginThrottle(Clock clock, int maxPerAccount, int maxPerAddress, Duration lockout) {
        if (maxPerAccount < 1 || maxPerAddress < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("Sign-in throttling needs positive limits and a lock-out period");
        }
        this.clock = clock;
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockout = lockout;
    }

    /** How long sign-ins to {@code username} from {@code address} stay refused; empty when they may go ahead. */
    public Optional<Duration> refusedFor(String username, String address) {
        var now = clock.instant();
        return Optional.ofNullable(later(remaining(accountKey(username, address), now),
                remaining(addressKey(address), now)));
    }

    /** Counts a failed sign-in; true when it is the one that starts a lock-out. */
    public boolean failed(String username, String address) {
        var now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.expired(now));
        }
        var accountLocked = count(accountKey(username, address), maxPerAccount, now);
        var addressLocked = count(addressKey(address), maxPerAddress, now);
        return accountLocked || addressLocked;
    }

    /**
     * Forgets the failures of this account from this address, and the address's count below its limit, so staff
     * sharing one address (the clinic's router) do not add up each other's typos. A running lock-out stays.
     */
    public void succeeded(String username, String address) {
        var now = clock.instant();
        failures.remove(accountKey(username, address));
        failures.computeIfPresent(addressKey(address), (key, entry) -> entry.lockedUntil() != null
                && entry.lockedUntil().isAfter(now) ? entry : null);
    }

    public Duration getLockout() {
        return lockout;
    }

    private boolean count(String key, int max, Instant now) {
        var entry = failures.compute(key, (k, old) ->
                (old == null || old.expired(now) ? Failures.none(now.plus(lockout)) : old).plusOne(now, max, lockout));
        return entry.lockedUntil != null && entry.count == max;
    }

    private Duration remaining(String key, Instant now) {
        var entry = failures.get(key);
        return entry == null || entry.lockedUntil == null || !entry.lockedUntil.isAfter(now)
                ? null : Duration.between(now, entry.lockedUntil);
    }

    private static Duration later(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    private static String accountKey(String username, String address) {
        return "account:" + StaffUser.normaliseUsername(username) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Failures counted until {@code countingUntil}; a lock-out once they reach the limit. */
    private record Failures(int count, Instant countingUntil, Instant lockedUntil) {

        static Failures none(Instant countingUntil) {
            return new Failures(0, countingUntil, null);
        }

        Failures plusOne(Instant now, int max, Duration lockout) {
            var newCount = count + 1;
            return new Failures(newCount, countingUntil, newCount >= max ? now.plus(lockout) : null);
        }

        /** Nothing to remember any more: the counting period is over and no lock-out is running. */
        boolean expired(Instant now) {
            return !countingUntil.isAfter(now) && (lockedUntil == null || !lockedUntil.isAfter(now));
        }
    }
}
