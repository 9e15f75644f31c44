package org.meridian.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.AdminClient;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SelfContained;
import org.meridian.support.Staff;

/**
 * The site started as ops start it behind a TLS proxy, with {@code MERIDIAN_HTTPS=true}: the session cookie set at
 * sign-in is Secure as well as HttpOnly and SameSite=Lax, and responses carry HSTS. (HostileRequestsIT checks the
 * same cookie without the setting: not Secure, so plain-HTTP development still works.)
 */
@DatabaseIndependent
@SelfContained
class SecureCookieIT {

    @TempDir
    Path dataDir;

    @Test
    void behindHttpsTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        var password = "Osprey-candle-meadow-93";
        var environment = Map.of(
                "MERIDIAN_DATA_DIR", dataDir.toString(), "MERIDIAN_HTTPS", "true", "MERIDIAN_ADMIN_PASSWORD", password);
        var logs = Files.createDirectories(Path.of("target", "secure-cookie-it"));
        try (var server = PayaraMicroProcess.start(environment, logs.resolve("server.log"))) {
            var staff = new AdminClient(server.uri("/"));
            var loginPage = staff.get("/login");
            assertTrue(
                    loginPage.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS");
            // The client keeps Secure cookies for https only, as browsers do: this test over plain http hands the
            // session cookie back itself, as the TLS proxy in front would see it.
            // Every cookie the page set: a distributable application's session has a version cookie beside its id.
            var session = String.join(
                    "; ",
                    loginPage.headers().allValues("Set-Cookie").stream()
                            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                            .toList());
            assertTrue(session.contains("JSESSIONID="), "no session cookie at /login: " + session);
            var page = Jsoup.parse(loginPage.body());
            var form = new StringJoiner("&");
            page.select("#login input[type=hidden]")
                    .forEach(input -> form.add(encode(input.attr("name")) + "=" + encode(input.val())));
            form.add("login%3Ausername=" + Staff.ADMIN)
                    .add("login%3Apassword=" + encode(password))
                    .add("login%3AsignIn=")
                    .add("primefaces.nonce="
                            + encode(page.selectFirst("script[nonce]").attr("nonce")));
            var signIn = staff.send(HttpRequest.newBuilder(server.uri("/login"))
                    .header("Cookie", session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                    .build());
            assertTrue(
                    signIn.headers().firstValue("Location").orElse("").contains("/admin"),
                    "signed in: " + signIn.statusCode() + " " + signIn.headers().map());

            var cookies = new ArrayList<>(loginPage.headers().allValues("Set-Cookie"));
            cookies.addAll(signIn.headers().allValues("Set-Cookie"));
            var sessionCookies = cookies.stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .toList();
            assertFalse(sessionCookies.isEmpty(), "session cookies: " + cookies);
            assertFalse(
                    signIn.headers().allValues("Set-Cookie").stream()
                            .noneMatch(cookie -> cookie.startsWith("JSESSIONID=")),
                    "sign-in sets a new session cookie");
            for (var cookie : sessionCookies) {
                var flags = cookie.toLowerCase(Locale.ROOT);
                assertTrue(flags.contains("; secure"), cookie);
                assertTrue(flags.contains("; httponly"), cookie);
                assertTrue(flags.contains("samesite=lax"), cookie);
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
