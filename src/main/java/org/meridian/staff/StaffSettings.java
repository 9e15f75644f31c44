package org.meridian.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The staff accounts' setting; its key is written here once (see system/SiteSettings). */
@ApplicationScoped
public class StaffSettings {

    /** No default: set in the environment, never in a file. */
    public static final String ADMIN_PASSWORD = "meridian.admin.password";

    @Inject
    @ConfigProperty(name = ADMIN_PASSWORD)
    private Optional<String> adminPassword;

    /** The first account's password; empty when not set (or blank), and a random one is made instead. */
    public Optional<String> adminPassword() {
        return adminPassword.filter(password -> !password.isBlank());
    }
}
