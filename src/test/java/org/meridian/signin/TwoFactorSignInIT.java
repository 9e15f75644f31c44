package org.meridian.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meridian.support.AdminClient;
import org.meridian.support.ContactFormClient;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.Rfc6238;
import org.meridian.support.Staff;

/**
 * Two-factor sign-in on the real WAR in Payara Micro, over HTTP as a browser without JavaScript: the test plays the
 * authenticator app, computing codes from the key the enrolment page shows with its own RFC 6238 code. Sign-ins that
 * fail come from their own client addresses (through the trusted proxy header), so the throttling they add to cannot
 * refuse another test.
 */
class TwoFactorSignInIT extends DeployedWarTest {

    private static final String REFUSED = "That code is not right, or it was used already.";

    @Test
    void signsInOnlyWithPasswordAndCurrentCodeRefusingWrongAndReplayedCodes() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.create(admin, "totp", "EDITOR");
        var phone = enrol(signedIn(username));

        var client = AdminClient.at(base, "198.51.100.11");
        var codePage = password(client, username);
        assertEquals(302, client.get("/admin/").statusCode(), "the password alone signs nobody in");
        var wrong = enterCode(client, codePage, phone.wrongCode());
        assertEquals("/login/code", path(wrong));
        assertTrue(wrong.text().contains(REFUSED), wrong.text());
        assertEquals(302, client.get("/admin/").statusCode(), "a wrong code signs nobody in");

        var sessionBefore = client.cookie("JSESSIONID").orElseThrow();
        var code = phone.nextCode();
        var dashboard = enterCode(client, wrong, code);
        assertEquals("Welcome, Test totp", dashboard.selectFirst("h1").text());
        assertNotEquals(sessionBefore, client.cookie("JSESSIONID").orElseThrow(), "session id renewed");

        var replaying = AdminClient.at(base, "198.51.100.12");
        var replayed = enterCode(replaying, password(replaying, username), code);
        assertTrue(replayed.text().contains(REFUSED), replayed.text());
        assertEquals(302, replaying.get("/admin/").statusCode(), "a code used once signs nobody in again");

        var audit = auditOf(admin, username);
        assertTrue(audit.contains("Two-factor sign-in set up | "), audit.toString());
        assertTrue(audit.contains("Two-factor code refused | Wrong code, from 198.51.100.11"), audit.toString());
        assertTrue(audit.contains("Two-factor code refused | Code already used, from 198.51.100.12"), audit.toString());
        assertTrue(audit.contains("Signed in | From 198.51.100.11"), audit.toString());
    }

    @Test
    void aRecoveryCodeSignsInOnce() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.create(admin, "recovery", "EDITOR");
        var phone = enrol(signedIn(username));
        var recoveryCode = phone.recoveryCodes.get(3);

        var client = AdminClient.at(base, "198.51.100.21");
        var dashboard = enterCode(
                client, password(client, username), recoveryCode.toUpperCase().replace("-", " "));
        assertEquals("Welcome, Test recovery", dashboard.selectFirst("h1").text());

        var again = AdminClient.at(base, "198.51.100.22");
        var refused = enterCode(again, password(again, username), recoveryCode);
        assertTrue(refused.text().contains(REFUSED), refused.text());
        assertEquals(302, again.get("/admin/").statusCode());
        var audit = auditOf(admin, username);
        assertTrue(audit.contains("Signed in with a recovery code | 9 left, from 198.51.100.21"), audit.toString());
        assertTrue(
                audit.contains("Two-factor code refused | Wrong or used recovery code, from 198.51.100.22"),
                audit.toString());
    }

    @Test
    void newRecoveryCodesAndTurningItOffNeedTheCurrentCode() {
        var admin = Staff.signedInAdmin(base);
        var renewer = signedIn(Staff.create(admin, "renew", "EDITOR"));
        var phone = enrol(renewer);
        var page = renewer.page("/admin/two-factor");
        assertTrue(page.getElementById("status").text().contains("Recovery codes left: 10"));
        var refused = renewer.submit(page, "manage", Map.of("manage:code", phone.wrongCode()), "manage:renew");
        assertTrue(
                refused.select(".field .ui-message-error")
                        .text()
                        .startsWith("That is not the current code of your " + "app"),
                "beside the field: " + refused.text());
        var renewed = renewer.submit(refused, "manage", Map.of("manage:code", phone.nextCode()), "manage:renew");
        var newCodes = renewed.select("#recoveryCodes code").eachText();
        assertEquals(10, newCodes.size());
        assertTrue(newCodes.stream().noneMatch(phone.recoveryCodes::contains), "all new");

        var leaverName = Staff.create(admin, "leaver", "EDITOR");
        var leaver = signedIn(leaverName);
        var leaverPhone = enrol(leaver);
        var manage = leaver.page("/admin/two-factor");
        var kept = leaver.submit(manage, "manage", Map.of("manage:code", leaverPhone.wrongCode()), "manage:disable");
        assertTrue(kept.getElementById("status").text().contains("is on"), "still on after a wrong code");
        var off = leaver.submit(kept, "manage", Map.of("manage:code", leaverPhone.nextCode()), "manage:disable");
        assertTrue(off.text().contains("Two-factor sign-in is off."), off.text());
        assertNotNull(off.getElementById("setup"), "offered to set it up again");
        var dashboard = AdminClient.at(base, "198.51.100.31").signIn(leaverName, Staff.PASSWORD);
        assertEquals("Welcome, Test leaver", dashboard.selectFirst("h1").text(), "the password is enough again");
        assertTrue(auditOf(admin, leaverName).contains("Two-factor sign-in turned off | "));
    }

    @Test
    void anAdministratorResetsALostSecondFactor() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.create(admin, "lostphone", "EDITOR");
        enrol(signedIn(username));
        var list = admin.page("/admin/users");
        assertEquals("On", twoFactorColumn(list, username));

        var edit =
                admin.page(list.selectFirst("a:containsOwn(" + username + ")").attr("href"));
        var afterReset = admin.submit(edit, "twoFactor", Map.of(), "twoFactor:resetTwoFactor");
        assertTrue(afterReset.text().contains("Two-factor sign-in of " + username + " is reset."), afterReset.text());
        assertEquals("Off", twoFactorColumn(afterReset, username));
        var dashboard = AdminClient.at(base, "198.51.100.41").signIn(username, Staff.PASSWORD);
        assertEquals("Welcome, Test lostphone", dashboard.selectFirst("h1").text());
        assertTrue(auditOf(admin, username).contains("Two-factor sign-in reset by an administrator | "));
    }

    @Test
    void requiringItOfAllStaffSendsThoseWithoutItToEnrolmentFirst() {
        var firstAdmin = Staff.signedInAdmin(base);
        var owner = signedIn(Staff.create(firstAdmin, "owner", "ADMIN"));
        enrol(owner);
        var editorName = Staff.create(firstAdmin, "newcomer", "EDITOR");
        var patientsRequest = ContactFormClient.sendAndFindInConsole(owner, "Ines Duarte", "198.51.100.52");
        setRequired(owner, true);
        try {
            var unenrolledAdmin = firstAdmin.get(patientsRequest);
            assertEquals(302, unenrolledAdmin.statusCode(), "a patient's request waits for enrolment too");
            assertEquals(
                    firstAdmin.uri("/admin/two-factor").toString(),
                    unenrolledAdmin.headers().firstValue("Location").orElseThrow());
            assertFalse(unenrolledAdmin.body().contains("Ines Duarte"));
            assertTrue(owner.get(patientsRequest).body().contains("Ines Duarte"), "shown to an enrolled administrator");
            var editor = AdminClient.at(base, "198.51.100.51");
            var enrolment = editor.signIn(editorName, Staff.PASSWORD);
            assertEquals("/admin/two-factor", path(enrolment), "sent straight to enrolment");
            assertTrue(enrolment.text().contains("The clinic requires two-factor sign-in of all staff."));
            for (var elsewhere : List.of("/admin/", "/admin/articles", "/admin/password", "/admin/conditions/edit")) {
                var response = editor.get(elsewhere);
                assertEquals(302, response.statusCode(), elsewhere);
                assertEquals(
                        editor.uri("/admin/two-factor").toString(),
                        response.headers().firstValue("Location").orElseThrow(),
                        elsewhere);
            }
            var phone = enrol(editor);
            assertEquals(200, editor.get("/admin/articles").statusCode(), "free to work once enrolled");
            var manage = editor.page("/admin/two-factor");
            assertTrue(manage.select("[id='manage:disable']").isEmpty(), "no turning it off while required");
            assertFalse(phone.recoveryCodes.isEmpty());
        } finally {
            setRequired(owner, false);
        }
        assertEquals(200, firstAdmin.get("/admin/articles").statusCode(), "not required any more");
    }

    private AdminClient signedIn(String username) {
        var client = new AdminClient(base);
        client.signIn(username, Staff.PASSWORD);
        return client;
    }

    /** Signs in with the password and answers the page asking for the code. */
    private static Document password(AdminClient client, String username) {
        var page = client.signIn(username, Staff.PASSWORD);
        assertEquals("/login/code", path(page), page.text());
        return page;
    }

    /** Types {@code code} into the second step of signing in and sends it. */
    private static Document enterCode(AdminClient client, Document codePage, String code) {
        return client.submit(codePage, "verification", Map.of("verification:code", code), "verification:verify");
    }

    /** Sets up two-factor sign-in as its owner would: reads the key off the page into the "app", types its code. */
    private static Phone enrol(AdminClient client) {
        var page = client.page("/admin/two-factor");
        assertNotNull(page.selectFirst(".qr svg path"), "QR code inline");
        var phone = new Phone(page.getElementById("secret").text());
        var done = client.submit(page, "setup", Map.of("setup:code", phone.nextCode()), "setup:enrol");
        assertEquals("/admin/two-factor", path(done));
        assertTrue(done.getElementById("status").text().contains("is on"), done.text());
        phone.recoveryCodes = done.select("#recoveryCodes code").eachText();
        assertEquals(10, phone.recoveryCodes.size(), done.text());
        assertTrue(client.page("/admin/two-factor").select("#recoveryCodes").isEmpty(), "recovery codes shown once");
        return phone;
    }

    private static void setRequired(AdminClient admin, boolean required) {
        var users = admin.page("/admin/users");
        var saved = admin.submit(
                users,
                "twoFactorPolicy",
                Collections.singletonMap("twoFactorPolicy:required", required ? "on" : null),
                "twoFactorPolicy:save");
        assertEquals(
                required, saved.selectFirst("[id='twoFactorPolicy:required']").hasAttr("checked"));
    }

    private static String twoFactorColumn(Document users, String username) {
        var row = users.selectFirst("#users tr:has(a:containsOwn(" + username + "))");
        assertNotNull(row, username + " listed");
        return row.select("td").get(4).text();
    }

    /** "What | Detail" of the newest audit entries about {@code subject}. */
    private static List<String> auditOf(AdminClient admin, String subject) {
        return admin.page("/admin/audit").select("tr").stream()
                .filter(row -> row.select("td").size() == 5
                        && row.select("td").get(3).text().equals(subject))
                .map(row -> row.select("td").get(2).text() + " | "
                        + row.select("td").get(4).text())
                .toList();
    }

    private static String path(Document page) {
        return URI.create(page.location()).getPath();
    }

    /** The authenticator app: the key it was given, and the last time step whose code was typed from it. */
    private static final class Phone {

        private final String secret;
        private long lastStep;
        private List<String> recoveryCodes = List.of();

        Phone(String secret) {
            this.secret = secret;
        }

        /**
         * The code of the current step, or of the next one when the current one was used already: the site takes a
         * code of one step ahead, and none twice.
         */
        String nextCode() {
            lastStep = Math.max(Rfc6238.currentStep(), lastStep + 1);
            return Rfc6238.code(secret, lastStep);
        }

        /** Six digits that are the code of no step near now. */
        String wrongCode() {
            var now = Rfc6238.currentStep();
            var near = LongStream.rangeClosed(now - 3, now + 3)
                    .mapToObj(step -> Rfc6238.code(secret, step))
                    .toList();
            var candidate = Integer.parseInt(Rfc6238.code(secret, now));
            String wrong;
            do {
                candidate = (candidate + 1) % 1_000_000;
                wrong = String.format("%06d", candidate);
            } while (near.contains(wrong));
            return wrong;
        }
    }
}
