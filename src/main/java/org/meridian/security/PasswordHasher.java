package org.meridian.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes staff passwords with PBKDF2-HMAC-SHA256 at 600,000 iterations (OWASP's figure for 2023 on), through
 * Jakarta Security's {@link Pbkdf2PasswordHash}. Its default of 2048 iterations is far too few today, so every
 * parameter is set here. Stored hashes carry their own parameters ({@code algorithm:iterations:salt:hash}), so
 * raising the count later still verifies old hashes, and {@link #isOutdated} tells when to re-hash one.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    static final int SALT_BYTES = 32;
    static final int KEY_BYTES = 32;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the account does not exist, so that answers take as long as for a real one. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
        decoy = pbkdf2.generate("no account has this password".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of a real verification, for an account that does not exist. */
    public void verifyNothing(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }

    /** True when {@code storedHash} was made with weaker parameters than today's. */
    public boolean isOutdated(String storedHash) {
        var parts = storedHash.split(":");
        return parts.length != 4 || !parts[0].equals(ALGORITHM) || Integer.parseInt(parts[1]) < ITERATIONS;
    }
}
