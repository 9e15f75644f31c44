package org.meridian.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for the admin console: keeps its own cookies (so its own session), follows no
 * redirects by itself, and posts Faces forms as a browser would, view state included. It does the one thing the
 * console's script does to every form: PrimeFaces' CSP mode adds the page's nonce as a hidden field
 * ({@code primefaces.nonce}), and the server refuses a post that re-renders its page without it.
 */
public final class AdminClient {

    private static final String CSP_NONCE_FIELD = "primefaces.nonce";

    private final URI base;
    private final String forwardedFor;
    private final HttpClient http;
    private final CookieManager cookies;

    public AdminClient(URI base) {
        this(base, null, new CookieManager());
    }

    private AdminClient(URI base, String forwardedFor, CookieManager cookies) {
        this.forwardedFor = forwardedFor;
        this.cookies = cookies;
        var text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        // HTTP/1.1 as browsers speak it over plain http (and nginx to the server); the JDK client would otherwise try
        // an h2c upgrade, which Payara's HTTP/2 support answers with stream resets and 431s under odd requests.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * A client at {@code address}, as a proxy the site trusts reports it ({@code X-Forwarded-For}; the tests run
     * the site with {@code meridian.trusted-proxies} set to loopback). Loopback connections all come from
     * 127.0.0.1, so this is how tests act as different machines.
     */
    public static AdminClient at(URI base, String address) {
        return new AdminClient(base, address, new CookieManager());
    }

    /**
     * The same browser (its cookies, so its session) reaching the site at {@code base}, as another instance behind a
     * load balancer, from {@code address} ({@code X-Forwarded-For}; null for a direct connection).
     */
    public AdminClient sameBrowser(URI base, String address) {
        return new AdminClient(base, address, cookies);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** GETs {@code path}, following redirects, and expects a page. */
    public Document page(String path) {
        var response = follow(get(path));
        assertEquals(200, response.statusCode(), "status of " + path);
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** Signs in through the login form; answers the page the sign-in ends on. */
    public Document signIn(String username, String password) {
        var login = page("/login");
        return submit(login, "login", Map.of("login:username", username, "login:password", password), "login:signIn");
    }

    /**
     * Posts form {@code formId} of {@code page} with its current values changed by {@code values} (a null value
     * leaves the field out, as an unticked checkbox), pressing {@code button}, and follows the redirect that a
     * successful save answers with.
     */
    public Document submit(Document page, String formId, Map<String, String> values, String button) {
        var response = follow(post(page, formId, values, button));
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** Posts a form and answers the raw response, redirects not followed. */
    public HttpResponse<String> post(Document page, String formId, Map<String, String> values, String button) {
        return send(formPost(page, formId, values, button));
    }

    /** Posts a form whose answer is a file, as a download button does; answers its bytes, redirects not followed. */
    public HttpResponse<byte[]> download(Document page, String formId, Map<String, String> values, String button) {
        return send(formPost(page, formId, values, button), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest formPost(Document page, String formId, Map<String, String> values, String button) {
        var form = page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on " + page.location() + ":\n"
                    + page.body().text());
        }
        var fields = currentValues(form);
        addCspNonce(page, fields);
        values.forEach((name, value) -> {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
        });
        fields.put(button, "");
        var body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var action = form.absUrl("action").isEmpty() ? page.location() : form.absUrl("action");
        return HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** A file as a browser sends it in a {@code multipart/form-data} form. */
    public record FilePart(String fileName, byte[] content, String contentType) {}

    /**
     * Posts a {@code multipart/form-data} form, as a browser uploading a file: the form's current values changed by
     * {@code values}, the file as part {@code fileField}; redirects followed.
     */
    public Document upload(
            Document page,
            String formId,
            Map<String, String> values,
            String button,
            String fileField,
            String fileName,
            byte[] content,
            String contentType) {
        return upload(page, formId, values, button, Map.of(fileField, new FilePart(fileName, content, contentType)));
    }

    /** Posts a {@code multipart/form-data} form with a file for each of {@code files}' fields; redirects followed. */
    public Document upload(
            Document page, String formId, Map<String, String> values, String button, Map<String, FilePart> files) {
        var form = page.getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on " + page.location());
        }
        var fields = currentValues(form);
        addCspNonce(page, fields);
        files.keySet().forEach(fields::remove);
        fields.putAll(values);
        fields.put(button, "");
        var boundary = "----meridian-test-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var action = form.absUrl("action").isEmpty() ? page.location() : form.absUrl("action");
        var response = follow(send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build()));
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    public HttpResponse<String> follow(HttpResponse<String> response) {
        var hops = 0;
        while (response.statusCode() / 100 == 3 && hops++ < 5) {
            var location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(response.uri().resolve(location))
                    .GET()
                    .build());
        }
        return response;
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Sends {@code request} with this client's cookies (and its address, when it has one); no redirect followed. */
    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        if (forwardedFor != null) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header("X-Forwarded-For", forwardedFor)
                    .build();
        }
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void addCspNonce(Document page, Map<String, String> fields) {
        var script = page.selectFirst("script[nonce]");
        if (script != null && page.html().contains("PrimeFaces.csp.init(")) {
            fields.put(CSP_NONCE_FIELD, script.attr("nonce"));
        }
    }

    private static Map<String, String> currentValues(Element form) {
        var values = new LinkedHashMap<String, String>();
        for (var input : form.select("input[name], textarea[name], select[name]")) {
            var type = input.attr("type");
            if (type.equals("submit")
                    || type.equals("button")
                    || ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked"))) {
                continue;
            }
            if (input.tagName().equals("select")) {
                var selected = input.selectFirst("option[selected]");
                values.put(input.attr("name"), selected == null ? "" : selected.attr("value"));
            } else if (input.tagName().equals("textarea")) {
                values.put(input.attr("name"), input.text());
            } else {
                values.put(
                        input.attr("name"),
                        type.equals("checkbox") && input.attr("value").isEmpty() ? "on" : input.attr("value"));
            }
        }
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
