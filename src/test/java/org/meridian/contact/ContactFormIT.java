package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.meridian.support.ContactFormClient;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;

/**
 * The contact form of the real WAR on Payara Micro, sent as a browser without cookies or JavaScript sends it, with a
 * real SMTP server (GreenMail, on the loopback port the server under test is configured with) receiving the clinic's
 * notifications.
 */
class ContactFormIT extends DeployedWarTest {

    private static final ServerSetup SMTP =
            new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    /** The outbox's lease of a server stopped mid-send (by an earlier test class) runs out within 30 s. */
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private static final SecureRandom RANDOM = new SecureRandom();

    private static GreenMail smtp;

    private SiteClient site;
    private ContactFormClient client;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
        client = new ContactFormClient(site, newClientAddress());
    }

    @Test
    void storesTheRequestAndMailsTheClinicOnceWithoutPersonalDetails() throws Exception {
        var fields = ContactFormClient.validFields("Maria Quintero", "(916) 555-0142");
        fields.put("email", "maria.quintero@example.com");
        fields.put("contactMethod", "EITHER");
        fields.put("message", "Sharp pain down my left leg since March.");
        var response = client.open("/contact?condition=sciatica").send(fields);

        var reference = referenceOf(response);
        var confirmation = SiteClient.html(site.get("/contact/sent?ref=" + reference));
        assertEquals(
                "Thank you, your request was sent",
                confirmation.selectFirst("h1").text());
        assertEquals(reference, confirmation.selectFirst(".reference").text());

        var mail = awaitMail(reference);
        Thread.sleep(2000);
        assertEquals(1, mailsAbout(reference).size(), "exactly one notification");
        assertEquals("front-desk@meridian.test", mail.getAllRecipients()[0].toString());
        var text = mail.getSubject() + "\n" + GreenMailUtil.getBody(mail);
        assertTrue(text.matches("(?s).*https://clinic\\.meridian\\.test/admin/requests/\\d+\\s.*"), text);
        for (var personal : List.of(
                "Maria",
                "Quintero",
                "555",
                "0142",
                "maria.quintero",
                "example.com",
                "leg",
                "March",
                "Sciatica",
                "sciatica",
                "Weekday")) {
            assertFalse(text.contains(personal), "the mail must not contain '" + personal + "': " + text);
        }
    }

    @Test
    void requestSentWhileMailIsDownIsStoredAndMailedOnceMailIsBack() throws Exception {
        smtp.stop();
        String reference;
        try {
            reference =
                    referenceOf(client.open("/contact").send(ContactFormClient.validFields("Ken Ito", "916-555-0177")));
            Thread.sleep(3000);
            assertTrue(mailsAbout(reference).isEmpty());
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        awaitMail(reference);
        Thread.sleep(2000);
        assertEquals(1, mailsAbout(reference).size());
    }

    @Test
    void formSentTwiceMakesOneRequest() throws Exception {
        var form = client.open("/contact");
        var fields = ContactFormClient.validFields("Ana Silva", "(916) 555-0190");
        var first = referenceOf(form.send(fields));
        var second = referenceOf(form.send(fields));
        assertEquals(first, second);
        awaitMail(first);
        Thread.sleep(2000);
        assertEquals(1, mailsAbout(first).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name is required|name|''|name|Please enter your name.",
                "phone or email is required|phoneAndEmail|''|phone|Please give a phone number or an email address",
                "phone needs an area code|phone|555-01|phone|Please enter a phone number with its area code",
                "email must look like one|email|maria@|email|Please enter an email address like",
                "contact method is required|contactMethod|''|contactMethod|Please choose how we should contact you.",
                "email contact needs an email|contactMethod|EMAIL|contactMethod|You chose email",
                "new or returning is required|patientType|''|patientType|Please tell us whether",
                "message has at most one link|message|see http://a.example and http://b.example|message|Please leave out web links",
                "times are limited in length|preferredTimes|LONG_TIMES|preferredTimes|Please shorten the times",
                "message is limited in length|message|LONG_MESSAGE|message|Please shorten your message",
                "consent is required|consent|''|consent|Please agree to the privacy notice"
            })
    void brokenRuleIsShownBesideItsFieldAndInTheSummary(
            String rule, String field, String value, String errorField, String message) {
        var fields = ContactFormClient.validFields("Rule Tester", "(916) 555-0101");
        fields.put("contactMethod", "EITHER");
        fields.put("email", "rule.tester@example.com");
        switch (field) {
            case "phoneAndEmail" -> {
                fields.put("phone", "");
                fields.put("email", "");
            }
            case "contactMethod" -> {
                fields.put("contactMethod", value);
                fields.put("email", "");
            }
            case "consent" -> fields.remove("consent");
            default ->
                fields.put(
                        field,
                        switch (value) {
                            case "LONG_TIMES" -> "x".repeat(ContactRequest.TIMES_LENGTH + 1);
                            case "LONG_MESSAGE" -> "x".repeat(ContactRequest.MESSAGE_LENGTH + 1);
                            default -> value;
                        });
        }
        var response = client.open("/contact").send(fields);

        assertEquals(200, response.statusCode(), rule);
        assertTrue(response.headers().firstValue("Location").isEmpty(), "nothing stored");
        var page = SiteClient.html(response);
        var error = page.getElementById(errorField + "-error");
        assertTrue(error != null && error.text().startsWith(message), rule + ": " + page.select(".field-error"));
        assertEquals(1, page.select(".field-error").size(), "only the broken rule is reported");
        var summaryLink = page.selectFirst(".error-summary li a");
        assertTrue(summaryLink.text().startsWith(message));
        assertTrue(
                page.getElementById(summaryLink.attr("href").substring(1)) != null, "the summary links to the field");
        var input = page.selectFirst("[aria-describedby~=" + errorField + "-error]");
        assertTrue(input != null, "the field or its group is described by its error");
        assertEquals(fields.get("name"), page.getElementById("name").val(), "what the patient typed is kept");
        assertEquals(fields.get("phone"), page.getElementById("phone").val());
    }

    @Test
    void everyBrokenRuleIsShownAtOnceBesideItsFieldAndInTheSummaryInFormOrder() {
        var fields = ContactFormClient.validFields("", "(916) 555-0107");
        fields.put("contactMethod", "EMAIL");
        fields.put("message", "x".repeat(ContactRequest.MESSAGE_LENGTH + 1));
        fields.remove("consent");
        var response = client.open("/contact").send(fields);

        assertEquals(200, response.statusCode());
        var page = SiteClient.html(response);
        assertEquals(
                List.of("name-error", "contactMethod-error", "message-error", "consent-error"),
                page.select(".field-error").eachAttr("id"));
        assertEquals(
                List.of("#name", "#contactMethod:0", "#message", "#consent"),
                page.select(".error-summary li a").eachAttr("href"));
        assertTrue(page.getElementById("contactMethod-error").text().startsWith("You chose email"));
        assertTrue(page.getElementById("message-error").text().contains("(it has 1001)"));
        assertEquals(
                "Please check 4 fields before sending",
                page.selectFirst("#error-summary-heading").text());
    }

    @Test
    void conditionFromAnArticleLinkIsPreselected() {
        var article = SiteClient.html(site.get("/articles/treating-sciatica-pain-with-acupuncture"));
        var link = article.selectFirst(".prompt a.primary").attr("href");
        assertEquals("/contact?condition=sciatica", link);
        var form = client.open(link).page();
        assertEquals("sciatica", form.selectFirst("#condition option[selected]").val());
        assertEquals(
                "",
                client.open("/contact?condition=no-such-condition").page().selectFirst("#condition option[selected]")
                                == null
                        ? ""
                        : "selected");
    }

    @Test
    void formShowsEmergencyNoticeHealthNoteAndPrivacyLinkBesideTheClinicsDetails() {
        var page = client.open("/contact").page();
        assertTrue(page.selectFirst(".emergency-notice").text().contains("911"));
        assertTrue(page.selectFirst("#message-note").text().contains("do not include detailed health information"));
        assertEquals("/privacy", page.selectFirst("label[for=consent] a").attr("href"));
        assertEquals("tel:+19167424001", page.selectFirst("main a.call").attr("href"));
        for (var field : List.of("name", "phone", "email", "preferredTimes", "condition", "message", "consent")) {
            assertEquals(1, page.select("label[for=" + field + "]").size(), "a label for " + field);
        }
        assertEquals(3, page.select("input[name=contactMethod]").size());
        assertTrue(page.select("script:not([type=application/ld+json])").isEmpty(), "no script, only structured data");
    }

    @Test
    void privacyNoticeComesFromTheClinicFactsWithTheRetentionPeriod() {
        var privacy = SiteClient.html(site.get("/privacy"));
        assertEquals("Privacy notice", privacy.selectFirst("h1").text());
        assertTrue(privacy.selectFirst(".privacy-notice")
                .text()
                .contains("notification emails never contain your details"));
        assertTrue(privacy.selectFirst(".retention").text().contains("90 days"));
    }

    @Test
    void formTooQuickToBeHumanIsShownAgainAndNotStored() {
        // A token made for a form shown "now" as the server will see it, signed with the tests' key: however slow
        // the machine, the server receives the form within its minimum time.
        var tokens = new FormTokens(
                System.getProperty("it.token.key", "integration-test-form-key").getBytes(StandardCharsets.UTF_8));
        var quickToken = tokens.issue(Instant.now().plusSeconds(30));
        var fields = ContactFormClient.validFields("Speedy Robot", "(916) 555-0102");
        fields.put("token", quickToken);
        var response = client.open("/contact").sendNow(fields);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Location").isEmpty());
        var page = SiteClient.html(response);
        assertTrue(page.selectFirst(".form-notice").text().contains("Please check your request"));
        assertEquals(
                quickToken, page.selectFirst("input[name=token]").val(), "the same form, sent again, is one request");
    }

    @Test
    void formWithAForgedTokenIsShownAgainWithAFreshOne() {
        var fields = ContactFormClient.validFields("Mallory", "(916) 555-0103");
        fields.put("token", "1700000000.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var response = client.open("/contact").send(fields);
        assertEquals(200, response.statusCode());
        var page = SiteClient.html(response);
        assertTrue(page.selectFirst(".form-notice") != null);
        assertNotEquals(
                fields.get("token"), page.selectFirst("input[name=token]").val());
    }

    @Test
    void honeypotLooksAcceptedButStoresAndMailsNothing() throws Exception {
        var trapped = ContactFormClient.validFields("Bot", "(916) 555-0104");
        trapped.put("website", "http://spam.example");
        var fakeReference = referenceOf(client.open("/contact").send(trapped));

        // Mail goes out oldest request first: once a later request's mail is here, the trapped one's would be too.
        var later = referenceOf(new ContactFormClient(site, newClientAddress())
                .open("/contact")
                .send(ContactFormClient.validFields("After Bot", "(916) 555-0105")));
        awaitMail(later);
        assertTrue(mailsAbout(fakeReference).isEmpty());
    }

    @Test
    void tooManyRequestsFromOneAddressGetAFriendly429() {
        // All six forms are open before the first is sent, so the wait for a human's pace is paid once.
        var forms = Stream.generate(() -> client.open("/contact")).limit(6).toList();
        for (int i = 0; i < 5; i++) {
            referenceOf(forms.get(i).send(ContactFormClient.validFields("Busy " + i, "(916) 555-011" + i)));
        }
        var refused = forms.get(5).send(ContactFormClient.validFields("Busy 5", "(916) 555-0115"));
        assertEquals(429, refused.statusCode());
        var page = SiteClient.html(refused);
        assertTrue(page.selectFirst("h1").text().contains("several requests"));
        assertEquals("tel:+19167424001", page.selectFirst("main a.call").attr("href"));

        var other = new ContactFormClient(site, newClientAddress());
        referenceOf(other.open("/contact").send(ContactFormClient.validFields("Someone else", "(916) 555-0116")));
    }

    @Test
    void neitherShowingNorSendingTheFormStartsASession() {
        var get = site.get("/contact?condition=back-pain");
        assertNoCookie(get);
        var form = client.open("/contact");
        var invalid = form.send(Map.of("name", ""));
        assertEquals(200, invalid.statusCode());
        assertNoCookie(invalid);
        var stored = form.send(ContactFormClient.validFields("No Cookie", "(916) 555-0106"));
        assertNoCookie(stored);
        assertNoCookie(site.get("/contact/sent?ref=" + referenceOf(stored)));
        assertNoCookie(site.get("/privacy"));
        assertTrue(SiteClient.html(get)
                .select("input[name=jakarta.faces.ViewState]")
                .val()
                .equals("stateless"));
    }

    @Test
    void confirmationOfAMalformedReferenceIsNotFound() {
        assertEquals(404, site.get("/contact/sent?ref=%3Cscript%3E").statusCode());
        assertEquals(404, site.get("/contact/sent").statusCode());
    }

    @Test
    void staffSeeWhoOpenedARequestOnItsPageAndInTheAuditLogWithoutItsContent() throws Exception {
        var fields = ContactFormClient.validFields("Lena Sato", "(916) 555-0163");
        fields.put("message", "Stiff neck after gardening.");
        var reference = referenceOf(client.open("/contact").send(fields));
        var link = Pattern.compile("/admin/requests/(\\d+)").matcher(GreenMailUtil.getBody(awaitMail(reference)));
        assertTrue(link.find(), "the mail links the request");
        var admin = Staff.signedInAdmin(URI.create(base.toString()));
        var inbox = admin.page("/admin/requests");
        assertEquals(
                "/admin/requests/" + link.group(1),
                inbox.selectFirst("a:containsOwn(" + reference + ")").attr("href"));

        var detail = admin.page("/admin/requests/" + link.group(1));
        assertEquals("Request " + reference, detail.selectFirst("h1").text());
        var trail = detail.select("#trail tbody tr");
        assertEquals(1, trail.size(), trail.text());
        assertEquals(List.of("admin", "Request viewed", ""), cells(trail.get(0)).subList(1, 4));

        var log = admin.page("/admin/audit");
        var viewed = log.select("#audit\\:events tbody tr:contains(Request viewed)");
        assertEquals(1, viewed.size(), log.select("#audit\\:events").text());
        assertEquals(
                List.of("admin", "Request viewed", "request " + link.group(1), ""),
                cells(viewed.get(0)).subList(1, 5));
        for (var personal : List.of("Lena", "Sato", "555", "0163", "neck", "gardening")) {
            assertFalse(log.select("#audit\\:events").text().contains(personal), personal + " in the audit log");
        }
    }

    /** The text of each cell of a table row, empty ones too. */
    private static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }

    private static void assertNoCookie(HttpResponse<String> response) {
        assertEquals(
                Optional.empty(),
                response.headers().firstValue("Set-Cookie"),
                response.uri().toString());
    }

    private static String referenceOf(HttpResponse<String> response) {
        assertEquals(
                303,
                response.statusCode(),
                () -> "expected a redirect to the confirmation, got " + response.statusCode()
                        + errors(SiteClient.html(response)));
        var location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/contact/sent\\?ref=[A-Z0-9]{4}-[A-Z0-9]{4}"), location);
        return location.substring(location.indexOf('=') + 1);
    }

    private static String errors(Document page) {
        return ": " + page.select(".field-error, .form-notice").eachText();
    }

    private static List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return mail.getSubject().contains(reference);
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static MimeMessage awaitMail(String reference) throws InterruptedException {
        var deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            var found = mailsAbout(reference);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        assertNull(reference, "no notification mail about " + reference + " within " + MAIL_WAIT);
        return null;
    }

    /** A client address of the documentation range, so each test has its own rate limit. */
    private static String newClientAddress() {
        var bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "2001:db8::" + HexFormat.of().formatHex(bytes, 0, 2) + ":"
                + HexFormat.of().formatHex(bytes, 2, 4);
    }
}
