package org.meridian.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;

/**
 * Fills in and sends the contact form the way a browser without cookies or JavaScript does: opens {@code /contact},
 * keeps its hidden fields, and posts them back with the fields a test sets, from a client address of its own (the
 * server under test believes X-Forwarded-For from loopback, so each test has its own rate limit).
 */
public final class ContactFormClient {

    /** A little over the server's minimum time between showing and sending the form in the tests. */
    public static final Duration HUMAN_PAUSE = Duration.ofMillis(1200);

    private final SiteClient site;
    private final String clientAddress;

    public ContactFormClient(SiteClient site, String clientAddress) {
        this.site = site;
        this.clientAddress = clientAddress;
    }

    /** The form as shown at {@code path}, ready to be filled in. */
    public Form open(String path) {
        var response = site.get(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return new Form(SiteClient.html(response), System.nanoTime());
    }

    /** A valid request from a new patient who wants a call back, with a name and phone number of the test's. */
    public static Map<String, String> validFields(String name, String phone) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("phone", phone);
        fields.put("contactMethod", "PHONE");
        fields.put("preferredTimes", "Weekday mornings");
        fields.put("patientType", "NEW");
        fields.put("condition", "sciatica");
        fields.put("message", "Hoping to come in next week.");
        fields.put("consent", "on");
        return fields;
    }

    /**
     * Sends a valid request from {@code patientName}, from a client address of the caller's, and answers the address
     * of its page in the console, as an administrator finds it in the list of requests.
     */
    public static String sendAndFindInConsole(AdminClient admin, String patientName, String clientAddress) {
        var sent = new ContactFormClient(new SiteClient(admin.uri("/")), clientAddress)
                .open("/contact")
                .send(validFields(patientName, "(916) 555-0171"));
        if (sent.statusCode() != 303) {
            throw new IllegalStateException("the request was not stored: " + sent.statusCode());
        }
        var confirmation = sent.headers().firstValue("Location").orElseThrow();
        var reference = confirmation.substring(confirmation.indexOf("ref=") + "ref=".length());
        return admin.page("/admin/requests")
                .selectFirst("a:containsOwn(" + reference + ")")
                .attr("href");
    }

    public final class Form {

        private final Document page;
        private final long openedAt;

        private Form(Document page, long openedAt) {
            this.page = page;
            this.openedAt = openedAt;
        }

        public Document page() {
            return page;
        }

        public String token() {
            return page.selectFirst("input[name=token]").val();
        }

        /** Sends the form after a person's pause. */
        public HttpResponse<String> send(Map<String, String> fields) {
            var wait = HUMAN_PAUSE.toNanos() - (System.nanoTime() - openedAt);
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000 + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return sendNow(fields);
        }

        /** Sends the form at once, faster than a person could. */
        public HttpResponse<String> sendNow(Map<String, String> fields) {
            var body = new LinkedHashMap<String, String>();
            for (var hidden : page.select("#contact-form input[type=hidden]")) {
                body.put(hidden.attr("name"), hidden.val());
            }
            body.put("send", "Send request");
            body.putAll(fields);
            var encoded = body.entrySet().stream()
                    .filter(entry -> entry.getValue() != null)
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"));
            var action = page.selectFirst("#contact-form").attr("action");
            return site.send(HttpRequest.newBuilder(site.uri(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Forwarded-For", clientAddress)
                    .POST(HttpRequest.BodyPublishers.ofString(encoded))
                    .build());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
