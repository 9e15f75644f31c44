package org.meridian.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The two-factor sign-in's setting; its key is written here once (see system/SiteSettings). */
@ApplicationScoped
public class TwoFactorSettings {

    /** No default: set in the environment, never in a file. */
    public static final String TOTP_KEY = "meridian.security.totp-key";

    @Inject
    @ConfigProperty(name = TOTP_KEY)
    private Optional<String> totpKey;

    /** The key that encrypts the staff's TOTP secrets, as {@link TotpSecrets} reads it; empty when not set. */
    public Optional<String> totpKey() {
        return totpKey;
    }
}
