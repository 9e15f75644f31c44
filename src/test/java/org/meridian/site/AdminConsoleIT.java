package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.meridian.support.AdminClient;
import org.meridian.support.Browser;
import org.meridian.support.Browser.Impact;
import org.meridian.support.ContactFormClient;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.MeridianDeployment;
import org.meridian.support.Staff;
import org.meridian.system.Slugs;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console of the real WAR on Payara Micro, driven as a browser without JavaScript (and, where scripts
 * matter, as headless Chromium): who may reach what, signing in and out, throttling, staff, conditions and clinic
 * facts, and accessibility. Failed sign-ins come from other client addresses
 * (203.0.113.x through a trusted proxy header) than the other tests, so throttling one cannot lock out the rest.
 */
class AdminConsoleIT extends DeployedWarTest {

    @Test
    void everyAdminViewSendsAnonymousVisitorsToSignIn() {
        var paths = adminViewPaths();
        assertTrue(paths.size() >= 8, "admin views found in the WAR: " + paths);
        var anonymous = new AdminClient(base);
        for (var path : paths) {
            var clean = path.endsWith("/index") ? path.substring(0, path.length() - "index".length()) : path;
            for (var url : List.of(clean, path + ".xhtml")) {
                var response = anonymous.get(url);
                assertEquals(302, response.statusCode(), url);
                assertEquals(anonymous.uri("/login?continue=true").toString(), location(response), url);
            }
        }
        assertEquals(302, anonymous.get("/admin/").statusCode());
    }

    @Test
    void signingInContinuesToThePageAskedForWithANewSessionId() {
        var client = new AdminClient(base);
        assertEquals(302, client.get("/admin/users").statusCode());
        var login = client.page("/login?continue=true");
        var before = sessionId(client);
        var response = client.post(
                login,
                "login",
                Map.of("login:username", Staff.ADMIN, "login:password", Staff.adminPassword()),
                "login:signIn");
        assertEquals(302, response.statusCode());
        assertEquals(client.uri("/admin/users").toString(), location(response));
        assertNotEquals(before, sessionId(client), "session id renewed at sign-in");
        assertEquals("Users", client.page("/admin/users").selectFirst("h1").text());
    }

    @Test
    void signingInFromTheLoginPageOpensTheDashboard() {
        var dashboard = new AdminClient(base).signIn(Staff.ADMIN, Staff.adminPassword());
        assertEquals("Welcome, Administrator", dashboard.selectFirst("h1").text());
        assertEquals(
                List.of(
                        "Dashboard",
                        "Articles",
                        "Conditions",
                        "Requests",
                        "Clinic",
                        "Users",
                        "Audit log",
                        "Import",
                        "Backup",
                        "Change password"),
                dashboard.select("nav[aria-label=Admin] a").eachText());
        assertEquals(
                "/admin/articles",
                dashboard.selectFirst("nav a:contains(Articles)").attr("href"));
        assertEquals(
                "/admin/requests",
                dashboard.selectFirst("nav a:contains(Requests)").attr("href"));
    }

    @Test
    void signingOutIsAPostThatEndsTheSession() {
        var client = Staff.signedInAdmin(base);
        var dashboard = client.page("/admin/");
        assertTrue(dashboard.select("a:contains(Sign out)").isEmpty(), "no sign-out link a GET could follow");
        var page = client.submit(dashboard, "signOutForm", Map.of(), "signOutForm:signOut");
        assertTrue(page.text().contains("You have signed out."));
        assertEquals(302, client.get("/admin/").statusCode(), "the old session is signed out");
    }

    @Test
    void anEditorReachesContentPagesButNotAdministration() {
        var admin = Staff.signedInAdmin(base);
        var editorName = Staff.create(admin, "editor", "EDITOR");
        var editor = new AdminClient(base);
        var dashboard = editor.signIn(editorName, Staff.PASSWORD);
        assertEquals(
                List.of("Dashboard", "Articles", "Conditions", "Change password"),
                dashboard.select("nav[aria-label=Admin] a").eachText());
        for (var path : List.of(
                "/admin/users",
                "/admin/users.xhtml",
                "/admin/users/edit",
                "/admin/users/edit.xhtml",
                "/admin/audit",
                "/admin/audit.xhtml",
                "/admin/clinic",
                "/admin/clinic.xhtml",
                "/admin/requests",
                "/admin/requests.xhtml",
                "/admin/requests/1")) {
            var response = editor.get(path);
            assertEquals(403, response.statusCode(), path);
            assertTrue(response.body().contains("You may not open this page"), path);
        }
        assertEquals(200, editor.get("/admin/password").statusCode());
    }

    @Test
    void adminAddsAUserWhoThenSignsIn() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.uniqueUsername("maria");
        var added = admin.submit(
                admin.page("/admin/users/edit"),
                "user",
                Map.of(
                        "user:username",
                        username,
                        "user:displayName",
                        "Maria Lopez",
                        "user:role",
                        "EDITOR",
                        "user:password",
                        Staff.PASSWORD),
                "user:save");
        assertTrue(added.selectFirst(".ui-messages-info").text().contains("Added " + username));
        assertTrue(added.select("#users td").eachText().contains("Maria Lopez"));
        assertEquals(1, added.select(".ui-messages-info").size());
        assertTrue(admin.page("/admin/users").select(".ui-messages-info").isEmpty(), "the flash message shows once");
        var dashboard = new AdminClient(base).signIn(username, Staff.PASSWORD);
        assertEquals("Welcome, Maria Lopez", dashboard.selectFirst("h1").text());
    }

    @Test
    void weakPasswordsAndTakenUsernamesAreRefusedNextToTheirField() {
        var admin = Staff.signedInAdmin(base);
        var form = admin.page("/admin/users/edit");
        var refused = addEditor(admin, form, Staff.ADMIN, "Password2024!");
        assertTrue(fieldMessage(refused, "user:username").contains("already a user called admin"));
        var weak = addEditor(admin, form, Staff.uniqueUsername("weak"), "Password2024!");
        assertTrue(fieldMessage(weak, "user:password").contains("too common"));
        var shortOne = addEditor(admin, form, Staff.uniqueUsername("short"), "short");
        assertTrue(fieldMessage(shortOne, "user:password").contains("at least 12 characters"));
    }

    /** Posts the new-user form for an editor called "X" with this username and password. */
    private static Document addEditor(AdminClient admin, Document form, String username, String password) {
        return admin.submit(
                form,
                "user",
                Map.of(
                        "user:username",
                        username,
                        "user:displayName",
                        "X",
                        "user:role",
                        "EDITOR",
                        "user:password",
                        password),
                "user:save");
    }

    @Test
    void adminDisablesAUserWhoIsSignedOutAtOnceAndCanNoLongerSignIn() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.create(admin, "leaver", "EDITOR");
        var leaver = new AdminClient(base);
        leaver.signIn(username, Staff.PASSWORD);
        assertEquals(200, leaver.get("/admin/conditions").statusCode());
        disable(admin, username);
        var next = leaver.get("/admin/conditions");
        assertEquals(302, next.statusCode(), "the open session ends");
        assertTrue(leaver.follow(next).body().contains("An administrator changed your account"));
        assertEquals(302, leaver.get("/admin/conditions").statusCode());
        var attempt = AdminClient.at(base, "203.0.113.5").signIn(username, Staff.PASSWORD);
        assertTrue(attempt.text().contains("do not match an active account"));
    }

    /**
     * A patient's request is an item page (routed from {@code /admin/requests/{id}}), and gets what every console
     * page gets: an account disabled meanwhile is signed out before anything shows, and no cache may keep it.
     */
    @Test
    void aPatientsRequestIsNotKeptByCachesAndClosedToAnAccountDisabledMeanwhile() {
        var admin = Staff.signedInAdmin(base);
        var requestPath = ContactFormClient.sendAndFindInConsole(admin, "Noor Haddad", "198.51.100.77");
        var username = Staff.create(admin, "colleague", "ADMIN");
        var colleague = new AdminClient(base);
        colleague.signIn(username, Staff.PASSWORD);
        var open = colleague.get(requestPath);
        assertEquals(200, open.statusCode());
        assertTrue(open.body().contains("Noor Haddad"));
        assertTrue(
                open.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                open.headers().map().toString());

        disable(admin, username);
        var next = colleague.get(requestPath);
        assertEquals(302, next.statusCode(), "the open session ends before the request shows");
        assertFalse(next.body().contains("Noor Haddad"));
        assertTrue(colleague.follow(next).body().contains("An administrator changed your account"));
    }

    @Test
    void adminChangesARoleAndResetsAPassword() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.create(admin, "promoted", "EDITOR");
        var path = userEditPath(admin, username);
        admin.submit(admin.page(path), "user", Map.of("user:role", "ADMIN"), "user:save");
        var reset = admin.submit(
                admin.page(path),
                "reset",
                Map.of("reset:newPassword", "Otter-canyon-violet-55"),
                "reset:resetPassword");
        assertTrue(reset.text().contains("Set a new password for " + username));
        var promoted = new AdminClient(base);
        var dashboard = promoted.signIn(username, "Otter-canyon-violet-55");
        assertTrue(dashboard.select("nav a").eachText().contains("Users"), "now an administrator");
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOne() {
        var admin = Staff.signedInAdmin(base);
        var username = Staff.create(admin, "changer", "EDITOR");
        var editor = new AdminClient(base);
        editor.signIn(username, Staff.PASSWORD);
        var form = editor.page("/admin/password");
        var wrongCurrent = editor.submit(
                form,
                "password",
                Map.of(
                        "password:currentPassword",
                        "not-my-password-1",
                        "password:newPassword",
                        "Maple-harbor-quiet-31",
                        "password:repeatedPassword",
                        "Maple-harbor-quiet-31"),
                "password:change");
        assertTrue(fieldMessage(wrongCurrent, "password:currentPassword").contains("not your current password"));
        var changed = editor.submit(
                editor.page("/admin/password"),
                "password",
                Map.of(
                        "password:currentPassword",
                        Staff.PASSWORD,
                        "password:newPassword",
                        "Maple-harbor-quiet-31",
                        "password:repeatedPassword",
                        "Maple-harbor-quiet-31"),
                "password:change");
        assertTrue(changed.text().contains("Your password has been changed."));
        assertEquals(
                "Welcome, Test changer",
                new AdminClient(base)
                        .signIn(username, "Maple-harbor-quiet-31")
                        .selectFirst("h1")
                        .text());
    }

    @Test
    void aNewConditionGetsAnAddressFromItsNameAndShowsOnThePublicSite() {
        var admin = Staff.signedInAdmin(base);
        var name = "Frozen Shoulder " + Staff.uniqueUsername("t");
        var list = admin.submit(
                admin.page("/admin/conditions/edit"),
                "condition",
                Map.of(
                        "condition:name",
                        name,
                        "condition:slug",
                        "",
                        "condition:description",
                        "Stiff and painful shoulder joint.",
                        "condition:synonyms",
                        "adhesive capsulitis\nstiff shoulder"),
                "condition:save");
        assertTrue(list.text().contains("Added \u201c" + name + "\u201d."));
        var slug = Slugs.fromTitle(name);
        var hub = new AdminClient(base).page("/conditions/" + slug);
        assertEquals(name, hub.selectFirst("h1").text());
        assertTrue(hub.text().contains("adhesive capsulitis"));
    }

    @Test
    void aConditionAddressAlreadyTakenIsRefusedNextToTheField() {
        var admin = Staff.signedInAdmin(base);
        var page = admin.submit(
                admin.page("/admin/conditions/edit"),
                "condition",
                Map.of("condition:name", "Another sciatica", "condition:slug", "sciatica"),
                "condition:save");
        assertTrue(fieldMessage(page, "condition:slug")
                .contains("/conditions/sciatica is already used by \u201cSciatica\u201d"));
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefusedWithAClearMessage() {
        var first = Staff.signedInAdmin(base);
        var second = Staff.signedInAdmin(base);
        var path = createCondition(first, "Conflict");
        var firstForm = first.page(path);
        var secondForm = second.page(path);
        var saved =
                first.submit(firstForm, "condition", Map.of("condition:description", "First edit."), "condition:save");
        assertTrue(saved.text().contains("Saved"));
        var refused = second.submit(
                secondForm, "condition", Map.of("condition:description", "Second edit."), "condition:save");
        assertTrue(refused.text().contains("was changed by someone else while you were editing it"), refused.text());
        assertEquals(
                "Second edit.", refused.getElementById("condition:description").text(), "their text is kept");
        assertEquals(
                "First edit.",
                first.page(path).getElementById("condition:description").text());
    }

    @Test
    void aConditionUsedByArticlesIsOnlyDeletedWhenTheEditorChoosesToUntagThem() {
        var admin = Staff.signedInAdmin(base);
        var backPain = conditionEditPath(admin, "Back Pain");
        var refused = admin.submit(admin.page(backPain), "delete", Map.of(), "delete:delete");
        var warning = refused.selectFirst(".ui-messages-warn").text();
        assertTrue(warning.startsWith("\u201cBack Pain\u201d is used by "), warning);
        assertTrue(warning.contains(" articles, so it was not deleted."), warning);
        assertTrue(refused.getElementById("delete:untagAndDelete").text().startsWith("Remove it from "));
        assertEquals(200, new AdminClient(base).get("/conditions/back-pain").statusCode(), "still there");

        var unused = createCondition(admin, "Unused");
        var deleted = admin.submit(admin.page(unused), "delete", Map.of(), "delete:delete");
        assertTrue(deleted.text().contains("Deleted"));
        assertEquals(404, admin.get(unused).statusCode());
    }

    @Test
    void aNewClinicPhoneShowsOnThePublicPagesAtOnce() {
        var admin = Staff.signedInAdmin(base);
        var form = admin.page("/admin/clinic");
        var original = form.getElementById("clinic:phone").val();
        var beforeChange = new AdminClient(base);
        List.of("/", "/articles", "/conditions/sciatica").forEach(beforeChange::page); // now in the page cache
        try {
            var saved = admin.submit(form, "clinic", Map.of("clinic:phone", "(916) 555-0199"), "clinic:save");
            assertTrue(saved.text().contains("Saved the clinic's facts"));
            var visitor = new AdminClient(base);
            for (var path : List.of("/", "/contact", "/articles", "/conditions/sciatica")) {
                var page = visitor.page(path);
                assertEquals(
                        "tel:+19165550199", page.selectFirst("header a.call").attr("href"), path);
                assertTrue(page.selectFirst("header a.call").text().contains("(916) 555-0199"), path);
            }
        } finally {
            admin.submit(admin.page("/admin/clinic"), "clinic", Map.of("clinic:phone", original), "clinic:save");
        }
        assertTrue(new AdminClient(base)
                .page("/contact")
                .selectFirst("main a.call")
                .text()
                .contains(original));
    }

    @Test
    void clinicFieldsAndHoursAreCheckedWhereTheyAreTyped() {
        var admin = Staff.signedInAdmin(base);
        var form = admin.page("/admin/clinic");
        var refused = admin.submit(
                form, "clinic", Map.of("clinic:phone", "", "clinic:bookingUrl", "javascript:alert(1)"), "clinic:save");
        assertFalse(fieldMessage(refused, "clinic:phone").isEmpty(), "phone is required");
        assertTrue(fieldMessage(refused, "clinic:bookingUrl").contains("starting with https://"));
        var backwards = admin.submit(
                form,
                "clinic",
                Map.of("clinic:hours:0:opens", "18:00", "clinic:hours:0:closes", "09:00"),
                "clinic:save");
        assertTrue(backwards
                .select("td:has([id='clinic:hours:0:closes']) .ui-message")
                .text()
                .contains("Closing time must be after opening time"));
        assertTrue(
                new AdminClient(base)
                        .page("/contact")
                        .select("main .hours dd")
                        .eachText()
                        .contains("9:00 AM \u2013 6:00 PM"),
                "nothing saved");
    }

    @Test
    void aClosureShowsOnTheContactPageAndFooterUntilRemoved() {
        var admin = Staff.signedInAdmin(base);
        var day = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(200 + new Random().nextInt(100));
        var added = admin.submit(
                admin.page("/admin/clinic"),
                "closure",
                Map.of("closure:day", day.toString(), "closure:reason", "Staff training"),
                "closure:add");
        assertTrue(added.text().contains("Added the closure"));
        var expected = "Closed on " + day.format(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US))
                + " (Staff training)";
        var contact = new AdminClient(base).page("/contact");
        assertTrue(
                contact.select("main .closures li").eachText().contains(expected),
                contact.select("main").text());
        assertTrue(contact.select("footer .closures li").eachText().contains(expected));
        var removeButton = added.select("#closures li").stream()
                .filter(li -> li.text().contains("Staff training"))
                .findFirst()
                .orElseThrow()
                .selectFirst("button")
                .attr("name");
        admin.submit(added, "closures", Map.of(), removeButton);
        assertFalse(new AdminClient(base).page("/contact").text().contains(expected));
    }

    @Test
    void inABrowserAnEditorSignsInAndAddsAndEditsACondition() {
        var editorName = Staff.create(Staff.signedInAdmin(base), "browser", "EDITOR");
        var name = "Tennis Elbow " + Staff.uniqueUsername("b");
        try (var browser = Browser.start()) {
            var driver = browser.driver();
            driver.get(base.resolve("/admin/conditions").toString());
            assertTrue(driver.getCurrentUrl().contains("/login"), "asked to sign in first");
            signIn(driver, editorName, Staff.PASSWORD);
            assertTrue(driver.getCurrentUrl().endsWith("/admin/conditions"), "back where it started");

            driver.findElement(By.linkText("Add a condition")).click();
            driver.findElement(By.id("condition:name")).sendKeys(name);
            driver.findElement(By.id("condition:description")).click();
            // The address is filled in from the name by ajax, which replaces the field.
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("condition:slug"), "value", Slugs.fromTitle(name)));
            driver.findElement(By.id("condition:description")).sendKeys("Pain on the outside of the elbow.");
            driver.findElement(By.id("condition:save")).click();
            assertTrue(driver.findElement(By.cssSelector(".ui-messages-info"))
                    .getText()
                    .contains("Added"));

            driver.findElement(By.linkText(name)).click();
            var description = driver.findElement(By.id("condition:description"));
            description.clear();
            description.sendKeys("Pain and tenderness on the outside of the elbow.");
            driver.findElement(By.id("condition:save")).click();
            assertTrue(driver.findElement(By.cssSelector(".ui-messages-info"))
                    .getText()
                    .contains("Saved"));
        }
        var hub = new AdminClient(base).page("/conditions/" + Slugs.fromTitle(name));
        assertTrue(hub.text().contains("Pain and tenderness on the outside of the elbow."));
    }

    @Test
    @DatabaseIndependent
    void adminPagesHaveNoSeriousAccessibilityProblems() {
        try (var browser = Browser.start()) {
            var driver = browser.driver();
            driver.get(base.resolve("/login").toString());
            browser.assertAccessible("sign-in page", Impact.SERIOUS_OR_CRITICAL);
            signIn(driver, Staff.ADMIN, Staff.adminPassword());
            assertEquals(
                    "Welcome, Administrator",
                    driver.findElement(By.tagName("h1")).getText());
            browser.assertAccessible("dashboard", Impact.SERIOUS_OR_CRITICAL);
            for (var path : List.of(
                    "/admin/requests",
                    "/admin/conditions",
                    "/admin/conditions/edit",
                    "/admin/users",
                    "/admin/users/edit",
                    "/admin/clinic",
                    "/admin/audit",
                    "/admin/password",
                    "/admin/two-factor")) {
                driver.get(base.resolve(path).toString());
                browser.assertAccessible(path, Impact.SERIOUS_OR_CRITICAL);
            }
        }
    }

    @Test
    void fiveWrongPasswordsPauseThatAccountFromThatAddressOnly() {
        var attacker = AdminClient.at(base, "203.0.113.3");
        for (int i = 1; i <= 4; i++) {
            var page = attacker.signIn(Staff.ADMIN, "wrong-password-" + i);
            assertTrue(page.text().contains("do not match an active account"), "attempt " + i);
        }
        assertTrue(attacker.signIn(Staff.ADMIN, "wrong-password-5").text().contains("Too many failed sign-ins"));
        var refused = attacker.signIn(Staff.ADMIN, Staff.adminPassword());
        assertTrue(refused.text().contains("Too many failed sign-ins"), "even the right password is refused there");
        assertTrue(refused.text().contains("try again in 5 minutes"));
        assertEquals(
                "Welcome, Administrator",
                new AdminClient(base)
                        .signIn(Staff.ADMIN, Staff.adminPassword())
                        .selectFirst("h1")
                        .text(),
                "the owner, elsewhere, still signs in");
    }

    @Test
    void fiveFailuresFromOneAddressPauseEveryAccountFromIt() {
        var guesser = AdminClient.at(base, "203.0.113.4");
        for (int i = 1; i <= 5; i++) {
            guesser.signIn(Staff.uniqueUsername("nobody"), "wrong-password-" + i);
        }
        assertTrue(guesser.signIn(Staff.ADMIN, Staff.adminPassword()).text().contains("Too many failed sign-ins"));
    }

    private List<String> adminViewPaths() {
        return MeridianDeployment.war().getContent().keySet().stream()
                .map(ArchivePath::get)
                .filter(path -> path.startsWith("/admin/") && path.endsWith(".xhtml"))
                .map(path -> path.substring(0, path.length() - ".xhtml".length()))
                .sorted()
                .toList();
    }

    private static void signIn(WebDriver driver, String username, String password) {
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:signIn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Has {@code admin} add a condition of its own; answers its edit page. */
    private static String createCondition(AdminClient admin, String prefix) {
        var name = prefix + " " + Staff.uniqueUsername("condition");
        admin.submit(
                admin.page("/admin/conditions/edit"),
                "condition",
                Map.of("condition:name", name, "condition:slug", ""),
                "condition:save");
        return conditionEditPath(admin, name);
    }

    private static String conditionEditPath(AdminClient admin, String name) {
        return linkIn(admin.page("/admin/conditions"), "#conditions a", name);
    }

    private static String linkIn(Document page, String links, String text) {
        return page.select(links).stream()
                .filter(a -> a.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link " + text + " on " + page.location()))
                .attr("href");
    }

    /** The edit page of {@code username}, as linked from the user list. */
    private static void disable(AdminClient admin, String username) {
        var values = new HashMap<String, String>();
        values.put("user:enabled", null);
        var list = admin.submit(admin.page(userEditPath(admin, username)), "user", values, "user:save");
        assertTrue(list.text().contains("Saved the changes to " + username));
        var row = list.select("#users tr:has(a:contains(" + username + "))").text();
        assertTrue(row.contains("Disabled"), row);
    }

    private static String userEditPath(AdminClient admin, String username) {
        return linkIn(admin.page("/admin/users"), "#users a", username);
    }

    private static String fieldMessage(Document page, String inputId) {
        var message =
                page.select("[id='" + inputId + "'] ~ .ui-message, .field:has([id='" + inputId + "']) .ui-message");
        return message.text();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String sessionId(AdminClient client) {
        return client.cookie("JSESSIONID").orElseThrow();
    }
}
