package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.AdminClient;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.Staff;

/**
 * The site started as ops start it behind a TLS proxy, with {@code MERIDIAN_HTTPS=true}: the session cookie set at
 * sign-in is Secure as well as HttpOnly and SameSite=Lax, and responses carry HSTS. (HostileRequestsIT checks the
 * same cookie without the setting: not Secure, so plain-HTTP development still works.)
 */
class SecureCookieIT {

    @TempDir
    Path dataDir;

    @Test
    void behindHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        var password = "Osprey-candle-meadow-93";
        var environment = Map.of("MERIDIAN_DATA_DIR", dataDir.toString(), "MERIDIAN_HTTPS", "true",
                "MERIDIAN_ADMIN_PASSWORD", password);
        var logs = Files.createDirectories(Path.of("target", "secure-cookie-it"));
        try (var server = PayaraMicroProcess.start(environment, logs.resolve("server.log"))) {
            var staff = new AdminClient(server.uri("/"));
            var loginPage = staff.get("/login");
            assertTrue(loginPage.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS");
            var signIn = staff.post(Jsoup.parse(loginPage.body(), staff.uri("/login").toString()), "login",
                    Map.of("login:username", Staff.ADMIN, "login:password", password), "login:signIn");
            assertTrue(signIn.headers().firstValue("Location").orElse("").contains("/admin"), "signed in");

            var cookies = new ArrayList<>(loginPage.headers().allValues("Set-Cookie"));
            cookies.addAll(signIn.headers().allValues("Set-Cookie"));
            var sessionCookies = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
            assertFalse(sessionCookies.isEmpty(), "session cookies: " + cookies);
            assertFalse(signIn.headers().allValues("Set-Cookie").stream()
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID=")), "sign-in sets a new session cookie");
            for (var cookie : sessionCookies) {
                var flags = cookie.toLowerCase(Locale.ROOT);
                assertTrue(flags.contains("; secure"), cookie);
                assertTrue(flags.contains("; httponly"), cookie);
                assertTrue(flags.contains("samesite=lax"), cookie);
            }
        }
    }
}
