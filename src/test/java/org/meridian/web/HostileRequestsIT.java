package org.meridian.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSession;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.meridian.support.AdminClient;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.Staff;

/**
 * Requests a browser would never send, against the real WAR on Payara Micro: admin form posts replayed with a forged
 * view state, with another session's, and with no session at all (cross-site request forgery) change nothing, while
 * the same post made honestly does; malformed addresses, parameters, methods, content types and form state get a 4xx
 * (never a 500) and no answer names an exception or a Java class; the session cookie's flags without HTTPS
 * (SameSite comes from the asadmin file that Arquillian's server does not run: SecureCookieIT checks it).
 */
@DatabaseIndependent
class HostileRequestsIT extends DeployedWarTest {

    /** What a Faces ajax post adds to the form's fields. */
    private static final Map<String, String> AJAX = Map.of(
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.partial.execute", "@all",
            "jakarta.faces.partial.render", "@all");

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final List<String> LEAKS = List.of("Exception", "java.", "jakarta.", "at org.", "Caused by");
    /**
     * Names every Faces page carries on purpose (form fields, resource addresses, the view an ajax answer replaces),
     * taken out before the check.
     */
    private static final Pattern FACES_NAMES =
            Pattern.compile("jakarta\\.faces\\.(ViewState|ViewRoot|resource|ClientWindow)");

    /** How a replayed admin post is made. */
    private enum Replay {
        /** The signed-in admin's own session, with a view state that was never issued. */
        FORGED_VIEW_STATE,
        /** Another signed-in admin's session, with the view state issued to the first. */
        OTHER_SESSIONS_VIEW_STATE,
        /** No cookie at all, with a view state issued to a signed-in admin. */
        NO_SESSION
    }

    @Test
    void replayedClinicPhoneChangesAreRefused() {
        var admin = Staff.signedInAdmin(base);
        var original = publicPhone();
        var originalField =
                admin.page("/admin/clinic").getElementById("clinic:phone").val();
        var forged = "(916) 555-0666";
        for (var replay : Replay.values()) {
            var response =
                    replay(replay, admin, "/admin/clinic", "clinic", Map.of("clinic:phone", forged), "clinic:save");
            assertRefused(replay, response);
            assertEquals(original, publicPhone(), replay + " left the phone number alone");
        }
        try {
            var honest =
                    admin.submit(admin.page("/admin/clinic"), "clinic", Map.of("clinic:phone", forged), "clinic:save");
            assertTrue(honest.text().contains("Saved the clinic's facts"), "the same post, made honestly, works");
            assertEquals("tel:+19165550666", publicPhone());
        } finally {
            admin.submit(admin.page("/admin/clinic"), "clinic", Map.of("clinic:phone", originalField), "clinic:save");
        }
    }

    @Test
    void replayedUserCreationsAreRefused() {
        var admin = Staff.signedInAdmin(base);
        for (var replay : Replay.values()) {
            var username = Staff.uniqueUsername("forged");
            var response = replay(
                    replay,
                    admin,
                    "/admin/users/edit",
                    "user",
                    Map.of(
                            "user:username",
                            username,
                            "user:displayName",
                            "Forged admin",
                            "user:role",
                            "ADMIN",
                            "user:password",
                            Staff.PASSWORD),
                    "user:save");
            assertRefused(replay, response);
            assertFalse(admin.page("/admin/users").text().contains(username), replay + " created no user");
            assertEquals(200, admin.get("/admin/users").statusCode());
        }
        var honest = Staff.create(admin, "honest", "EDITOR");
        assertTrue(admin.page("/admin/users").text().contains(honest), "the same post, made honestly, works");
    }

    @Test
    void replayedConditionDeletionsAreRefused() {
        var admin = Staff.signedInAdmin(base);
        var name = "Forgery Target " + Staff.uniqueUsername("c");
        admin.submit(
                admin.page("/admin/conditions/edit"),
                "condition",
                Map.of("condition:name", name, "condition:slug", ""),
                "condition:save");
        var editPath = admin.page("/admin/conditions").select("#conditions a").stream()
                .filter(a -> a.text().equals(name))
                .findFirst()
                .orElseThrow()
                .attr("href");
        var slug = admin.page(editPath).getElementById("condition:slug").val();
        var visitor = new AdminClient(base);
        assertEquals(200, visitor.get("/conditions/" + slug).statusCode());
        for (var replay : Replay.values()) {
            assertRefused(replay, replay(replay, admin, editPath, "delete", Map.of(), "delete:delete"));
            assertEquals(200, visitor.get("/conditions/" + slug).statusCode(), replay + " deleted nothing");
        }
        var honest = admin.submit(admin.page(editPath), "delete", Map.of(), "delete:delete");
        assertTrue(honest.text().contains("Deleted"), "the same post, made honestly, works");
        assertEquals(404, visitor.get("/conditions/" + slug).statusCode());
    }

    @Test
    void malformedRequestsGetAClientErrorWithoutAnyInternals() {
        var admin = Staff.signedInAdmin(base);
        var huge = "x".repeat(6000);
        var checks = new ArrayList<Executable>();
        for (var path : List.of(
                "/no-such-page",
                "/articles/no-such-article",
                "/conditions/no-such-condition",
                "/articles?page=abc",
                "/articles?page=-1",
                "/articles?page=0",
                "/articles?page=99999999999999999999",
                "/articles?condition=" + huge,
                "/articles?page=" + huge,
                "/contact/sent?ref=" + huge,
                "/media/not-an-image",
                "/media/999999-480.jpg",
                "/WEB-INF/web.xml",
                "/jakarta.faces.resource/no-such.js.xhtml",
                "/search?q=back&page=abc",
                "/search?q=back&page=0",
                "/admin/requests/abc",
                "/admin/requests/999999")) {
            checks.add(clientError("GET " + path, () -> admin.send(get(path))));
        }
        // A number that is not one in an editor's address: 400, not the empty editor of a new item.
        for (var path : List.of(
                "/admin/articles/edit?id=abc",
                "/admin/articles/preview?id=1x",
                "/admin/articles/revisions?id=1&from=first",
                "/admin/media/edit?id=abc",
                "/admin/conditions/edit?id=99999999999999999999",
                "/admin/users/edit?id=abc")) {
            checks.add(answered(400, "GET " + path, () -> admin.send(get(path))));
        }
        // Addresses java.net.http refuses to send go out over a plain socket.
        for (var path :
                List.of("/articles?condition=%ZZ", "/search?q=%ZZ", "/articles?page=%", "/contact?name=%u0000")) {
            checks.add(clientError("GET " + path, () -> raw("GET " + path)));
        }
        for (var path : List.of("/", "/articles", "/contact", "/admin/clinic")) {
            for (var method : List.of("DELETE", "PATCH", "PUT", "OPTIONS")) {
                checks.add(clientError(
                        method + " " + path,
                        () -> admin.send(request(path)
                                .method(method, HttpRequest.BodyPublishers.ofString("x=1"))
                                .build())));
            }
        }
        checks.add(clientError(
                "TRACE /",
                () -> admin.send(request("/")
                        .method("TRACE", HttpRequest.BodyPublishers.noBody())
                        .build())));
        for (var path : List.of("/contact", "/admin/clinic")) {
            for (var contentType : List.of("application/json", "text/plain")) {
                checks.add(answered(
                        415,
                        "POST " + path + " as " + contentType,
                        () -> admin.send(request(path)
                                .header("Content-Type", contentType)
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"))
                                .build())));
            }
        }
        for (var path : List.of("/contact", "/admin/media")) {
            checks.add(answered(
                    400,
                    "POST " + path + " with a broken multipart body",
                    () -> admin.send(request(path)
                            .header("Content-Type", "multipart/form-data; boundary=nothing")
                            .POST(HttpRequest.BodyPublishers.ofString("--wrong\r\ngarbage"))
                            .build())));
        }
        checks.add(() -> {
            var put = admin.send(request("/articles")
                    .method("PUT", HttpRequest.BodyPublishers.ofString("x=1"))
                    .build());
            assertEquals(405, put.statusCode());
            assertEquals(Optional.of("GET, HEAD, POST"), put.headers().firstValue("Allow"));
            assertTrue(put.body().contains("cannot answer that kind of request"), put.body());
        });
        assertAll(checks);
    }

    /**
     * Posts Faces answers with its page again (or, for a view state it does not know, a redirect to the page) rather
     * than a 4xx: no failure, no internals, nothing changed. Listed in the README's known issues.
     */
    @Test
    void oddPostsFacesAnswersWithThePageShowNoInternals() {
        var admin = Staff.signedInAdmin(base);
        var checks = new ArrayList<Executable>();
        checks.add(handled(
                "POST /contact with a view state never issued",
                () -> admin.send(form("/contact", "jakarta.faces.ViewState=-123%3A456&name=Robot&token=x"))));
        checks.add(handled(
                "POST /admin/clinic with an expired view state",
                () -> admin.send(form(
                        "/admin/clinic",
                        "clinic=clinic&clinic%3Aphone=1&clinic%3Asave=&" + VIEW_STATE + "=-8812345%3A-9912345"))));
        // Payara reads it as UTF-8, its default, before the application sees it.
        checks.add(handled(
                "POST /contact with an unknown charset",
                () -> admin.send(request("/contact")
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=no-such-charset")
                        .POST(HttpRequest.BodyPublishers.ofString("name=%E9"))
                        .build())));
        assertAll(checks);
    }

    /**
     * A form posted without a field its page always sends: 400 with the site's page, as a full post and as an ajax
     * post alike (Mojarra's own ajax error names the exception's class).
     */
    @Test
    void aFormPostedWithoutItsFieldsIsA400WithoutAClassNameAjaxOrNot() {
        var visitor = new AdminClient(base);
        var checks = new ArrayList<Executable>();
        for (var ajax : List.of(Map.<String, String>of(), AJAX)) {
            var withoutPassword = new HashMap<String, String>(ajax);
            withoutPassword.put("login:username", "admin");
            withoutPassword.put("login:password", null);
            checks.add(answered(
                    400,
                    "POST /login without its password field" + (ajax.isEmpty() ? "" : " (ajax)"),
                    () -> visitor.post(visitor.page("/login"), "login", withoutPassword, "login:signIn")));
        }
        assertAll(checks);
    }

    @Test
    void aForgedContactTokenIsShownAsAFormErrorWithoutInternals() {
        var visitor = new AdminClient(base);
        var form = visitor.page("/contact");
        var response = visitor.post(
                form,
                "contact-form",
                Map.of("token", "1.forged.signature", "name", "Robot", "phone", "(916) 555-0100", "consent", "on"),
                "send");
        assertTrue(response.statusCode() < 500, "status " + response.statusCode());
        assertNoInternals("forged contact token", response.body());
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "still no session");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndNotSecureOverPlainHttp() {
        var staff = new AdminClient(base);
        var loginPage = staff.get("/login");
        var signIn = staff.post(
                Jsoup.parse(loginPage.body(), staff.uri("/login").toString()),
                "login",
                Map.of("login:username", Staff.ADMIN, "login:password", Staff.adminPassword()),
                "login:signIn");
        var cookies = new ArrayList<String>(loginPage.headers().allValues("Set-Cookie"));
        cookies.addAll(signIn.headers().allValues("Set-Cookie"));
        var sessionCookies = cookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
        assertFalse(sessionCookies.isEmpty(), "a session cookie is set: " + cookies);
        for (var cookie : sessionCookies) {
            var flags = cookie.toLowerCase();
            assertTrue(flags.contains("; httponly"), cookie);
            assertFalse(flags.contains("; secure"), "meridian.https is off in this test: " + cookie);
        }
    }

    private HttpResponse<String> replay(
            Replay replay, AdminClient admin, String path, String formId, Map<String, String> values, String button) {
        var page = admin.page(path);
        return switch (replay) {
            case FORGED_VIEW_STATE ->
                admin.post(page, formId, with(values, VIEW_STATE, "-4242424242:-4242424242"), button);
            case OTHER_SESSIONS_VIEW_STATE -> Staff.signedInAdmin(base).post(page, formId, values, button);
            case NO_SESSION -> new AdminClient(base).post(page, formId, values, button);
        };
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        var all = new HashMap<>(values);
        all.put(name, value);
        return all;
    }

    private static void assertRefused(Replay replay, HttpResponse<String> response) {
        assertTrue(response.statusCode() < 500, replay + ": status " + response.statusCode());
        assertNoInternals(replay.toString(), response.body());
        assertFalse(
                response.body().contains("Saved")
                        || response.body().contains("Added")
                        || response.body().contains("Deleted"),
                replay + " answered as if it had worked");
    }

    private String publicPhone() {
        return new AdminClient(base)
                .page("/contact")
                .selectFirst("header a.call")
                .attr("href");
    }

    private Executable clientError(String what, Supplier<HttpResponse<String>> send) {
        return () -> {
            var response = send.get();
            assertAll(
                    what,
                    () -> assertTrue(
                            response.statusCode() >= 400 && response.statusCode() < 500,
                            what + " answered " + response.statusCode()),
                    () -> assertNoInternals(what, response.body()));
        };
    }

    private Executable answered(int status, String what, Supplier<HttpResponse<String>> send) {
        return () -> {
            var response = send.get();
            assertAll(
                    what,
                    () -> assertEquals(status, response.statusCode(), what),
                    () -> assertNoInternals(what, response.body()));
        };
    }

    private Executable handled(String what, Supplier<HttpResponse<String>> send) {
        return () -> {
            var response = send.get();
            assertAll(
                    what,
                    () -> assertTrue(response.statusCode() < 500, what + " answered " + response.statusCode()),
                    () -> assertNoInternals(what, response.body()));
        };
    }

    private static void assertNoInternals(String what, String page) {
        var body = FACES_NAMES.matcher(page).replaceAll("");
        for (var leak : LEAKS) {
            assertFalse(
                    body.contains(leak),
                    what + " shows \"" + leak + "\": "
                            + body.substring(
                                    Math.max(0, body.indexOf(leak) - 200),
                                    Math.min(body.length(), body.indexOf(leak) + 200)));
        }
    }

    /** Sends {@code requestLine} as written, over a socket of its own, and reads the whole answer. */
    private HttpResponse<String> raw(String requestLine) {
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write((requestLine + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var status = Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
            var body = answer.substring(Math.max(0, answer.indexOf("\r\n\r\n")));
            return new RawResponse(status, body, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #raw} read, in the shape the checks take. */
    private record RawResponse(int statusCode, String body, URI uri) implements HttpResponse<String> {
        @Override
        public HttpRequest request() {
            return null;
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (name, value) -> true);
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest form(String path, String body) {
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30));
    }
}
