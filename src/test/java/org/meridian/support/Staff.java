package org.meridian.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Staff accounts for tests on the running site: the first admin, and new users each test makes for itself. */
public final class Staff {

    public static final String ADMIN = "admin";
    /** A password every test user gets: long and uncommon enough for the password rules. */
    public static final String PASSWORD = "Heron-gravel-plum-walk-78";

    private Staff() {}

    /** The first admin's password, which the build hands to the server under test (arquillian.xml). */
    public static String adminPassword() {
        return System.getProperty("it.admin.password", "Quokka-lantern-orbit-42");
    }

    /** A new client signed in as the first admin. */
    public static AdminClient signedInAdmin(URI base) {
        var admin = new AdminClient(base);
        admin.signIn(ADMIN, adminPassword());
        return admin;
    }

    /** A username no other test or earlier run has used. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Has {@code admin} add a user with {@link #PASSWORD}; answers the username. */
    public static String create(AdminClient admin, String prefix, String role) {
        var username = uniqueUsername(prefix);
        var form = admin.page("/admin/users/edit");
        var list = admin.submit(
                form,
                "user",
                Map.of(
                        "user:username",
                        username,
                        "user:displayName",
                        "Test " + prefix,
                        "user:role",
                        role,
                        "user:password",
                        PASSWORD),
                "user:save");
        assertEquals("/admin/users", URI.create(list.location()).getPath(), "added, back on the list");
        return username;
    }
}
