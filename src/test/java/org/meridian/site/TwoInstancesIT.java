package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.meridian.support.TestImages.jpeg;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.AdminClient;
import org.meridian.support.ContactFormClient;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;
import org.meridian.system.Slugs;

/**
 * Two Payara Micro instances as ops run them behind a load balancer: one database, one Hazelcast cluster (loopback
 * only, a cluster name of their own). What staff change through one is on the other's pages and in its search within
 * two seconds; a signed-in session carries on through the other, a form shown by one is sent to the other; an image
 * uploaded through one is served by both; a scheduled publication happens once. Both instances also restrict the
 * console and {@code /metrics} to configured networks.
 *
 * Longer than most classes: the two instances of a cluster start once for all its tests, which a split would
 * start again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(2);
    private static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");
    private static final String OFFICE = "10.1.2.3";
    private static final String ELSEWHERE = "203.0.113.7";

    @TempDir
    static Path dataDir;

    private PayaraMicroProcess first;
    private PayaraMicroProcess second;

    @BeforeAll
    void startTwoInstancesInOneCluster() throws Exception {
        var environment = new HashMap<String, String>();
        // H2's automatic mixed mode lets both processes open the same database file.
        environment.put("MERIDIAN_DB_URL", "jdbc:h2:file:" + dataDir.resolve("meridian") + ";AUTO_SERVER=TRUE");
        environment.put("MERIDIAN_DATA_DIR", dataDir.toString());
        environment.put("MERIDIAN_ADMIN_PASSWORD", Staff.adminPassword());
        environment.put("MERIDIAN_SCHEDULER_PERIOD_SECONDS", "1");
        environment.put("MERIDIAN_TRUSTED_PROXIES", "127.0.0.1,::1");
        environment.put("MERIDIAN_ADMIN_ALLOWED_NETWORKS", "127.0.0.0/8, ::1, 10.1.0.0/16");
        environment.put("MERIDIAN_METRICS_ALLOWED_NETWORKS", "127.0.0.1/32, ::1");
        // Below the contact form client's pause, so a form may be sent as soon as it is open.
        environment.put("MERIDIAN_CONTACT_MIN_SECONDS", "1");
        var firstPort = PayaraMicroProcess.freePort();
        var secondPort = PayaraMicroProcess.freePort();
        var members = "tcpip:127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort;
        var cluster = "meridian-it-" + UUID.randomUUID();
        var logs = Files.createDirectories(Path.of("target", "two-instances-it"));
        first = PayaraMicroProcess.start(
                environment, clusterOptions(members, cluster, firstPort), logs.resolve("a.log"));
        second = PayaraMicroProcess.start(
                environment, clusterOptions(members, cluster, secondPort), logs.resolve("b.log"));
    }

    /** Loopback-only discovery of exactly these members, under a name no other run uses. */
    private static List<String> clusterOptions(String members, String cluster, int port) {
        // All members share one address here, so host-aware partitioning would keep no backups: switched off.
        return List.of(
                "--clustermode",
                members,
                "--clustername",
                cluster,
                "--startport",
                String.valueOf(port),
                "--interfaces",
                "127.0.0.1",
                "--nohostaware");
    }

    @AfterAll
    void stop() {
        for (var instance : new PayaraMicroProcess[] {second, first}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void requestsThatOpenSessionsDoNotFillTheLog() {
        assertTrue(first.logGrowthFromSessionRequests(2000) < 100_000, "the log stays small under a flood");
    }

    @Test
    void aChangeMadeThroughOneInstanceShowsOnTheOtherWithinTwoSeconds() throws Exception {
        var onSecond = new SiteClient(second.uri("/"));
        // Both pages are now in the second instance's cache.
        List.of("/contact", "/conditions/sciatica").forEach(onSecond::get);
        assertTrue(onSecond.get("/search?q=ischias").body().contains("0 articles"));

        var admin = Staff.signedInAdmin(first.uri("/"));
        var clinic = admin.page("/admin/clinic");
        admin.submit(clinic, "clinic", Map.of("clinic:phone", "(916) 555-0123"), "clinic:save");
        var phoneChangedAt = Instant.now();
        var form = admin.page(editPathOf(admin, "Sciatica"));
        admin.submit(form, "condition", Map.of("condition:synonyms", "sciatic nerve pain\nischias"), "condition:save");
        var conditionChangedAt = Instant.now();

        awaitOn(onSecond, "/contact", page -> page.contains("(916) 555-0123"), phoneChangedAt);
        awaitOn(onSecond, "/conditions/sciatica", page -> page.contains("ischias"), conditionChangedAt);
        awaitOn(onSecond, "/search?q=ischias", page -> page.contains("Treating Sciatica Pain"), conditionChangedAt);
    }

    @Test
    void aSignedInSessionCarriesOnThroughTheOtherInstanceFormsIncluded() {
        var onFirst = Staff.signedInAdmin(first.uri("/"));
        var onSecond = onFirst.sameBrowser(second.uri("/"), null);
        var conditions = onSecond.page("/admin/conditions");
        assertEquals("/admin/conditions", URI.create(conditions.location()).getPath(), "signed in on the second too");

        var name = "Tennis Elbow " + UUID.randomUUID().toString().substring(0, 8);
        onFirst.submit(
                onFirst.page("/admin/conditions/edit"),
                "condition",
                Map.of(
                        "condition:name",
                        name,
                        "condition:slug",
                        "",
                        "condition:description",
                        "Pain on the outside of the elbow."),
                "condition:save");
        // The form is shown by the first instance and sent to the second: its view state, and the view-scoped bean
        // that knows which condition is edited, travel with the session.
        var form = onFirst.page(editPathOf(onFirst, name));
        form.setBaseUri(second.uri("/").toString());
        var saved = onSecond.submit(
                form, "condition", Map.of("condition:description", "Lateral epicondylitis."), "condition:save");
        assertEquals(
                "Saved \u201c" + name + "\u201d.",
                saved.selectFirst(".ui-messages-info").text(),
                saved.text());
        assertTrue(
                new SiteClient(first.uri("/"))
                        .get("/conditions/" + Slugs.fromTitle(name))
                        .body()
                        .contains("Lateral epicondylitis."),
                "the edit itself, not a new condition");
    }

    @Test
    void anImageUploadedThroughOneInstanceIsServedByBoth() throws Exception {
        var admin = Staff.signedInAdmin(first.uri("/"));
        var name = "room-" + UUID.randomUUID().toString().substring(0, 8) + ".jpg";
        var library = admin.upload(
                admin.page("/admin/media"),
                "upload",
                Map.of("upload:alt", "Treatment room"),
                "upload:send",
                "upload:file",
                name,
                jpeg(640, 480),
                "image/jpeg");
        var mediaId = library.select("#media a").stream()
                .filter(link -> link.text().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(library.text()))
                .attr("href")
                .replaceAll(".*id=", "");

        var path = "/media/" + mediaId + "-480.jpg?v=1";
        var fromFirst = new SiteClient(first.uri("/")).get(path);
        var fromSecond = new SiteClient(second.uri("/")).get(path);
        assertEquals(200, fromSecond.statusCode());
        assertEquals(
                "image/jpeg", fromSecond.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                fromFirst.headers().firstValue("ETag").orElseThrow(),
                fromSecond.headers().firstValue("ETag").orElseThrow(),
                "the same bytes (the ETag is their hash)");
    }

    @Test
    void aScheduledPublicationHappensOnceAcrossTheCluster() throws Exception {
        var admin = Staff.signedInAdmin(first.uri("/"));
        var title = "Moxibustion Explained " + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
        var values = new HashMap<String, String>(Map.of(
                "article:title",
                title,
                "article:slug",
                "",
                "article:summary",
                "What moxibustion is.",
                "article:body_input",
                "<p>Warmth.</p>",
                "article:author",
                "Dr. Lena Park, L.Ac.",
                "article:publishAt",
                LocalDateTime.now(CLINIC).plusSeconds(10).withNano(0).format(format)));
        var scheduled = admin.submit(admin.page("/admin/articles/edit"), "article", values, "article:schedule");
        assertEquals(
                "Saved and scheduled.", scheduled.select(".ui-messages-info").text(), scheduled.text());

        var onSecond = new SiteClient(second.uri("/"));
        var path = "/articles/" + Slugs.fromTitle(title);
        var deadline = Instant.now().plusSeconds(40);
        while (onSecond.get(path).statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertEquals(200, onSecond.get(path).statusCode(), "published by the scheduler of one of them");
        // Both schedulers look every second: give each of them several more turns.
        Thread.sleep(4_000);
        var publications = new ArrayList<String>();
        admin.page("/admin/audit").select("#audit\\:events tr").stream()
                .map(row -> row.text())
                .filter(row -> row.contains(title) && row.contains("Article published"))
                .forEach(publications::add);
        assertEquals(1, publications.size(), publications.toString());
        assertTrue(publications.get(0).contains("system"), publications.toString());
    }

    @Test
    void failedSignInsAndContactRequestsCountOnEveryInstance() {
        var office = "10.1.7.7";
        var onFirst = AdminClient.at(first.uri("/"), office);
        var onSecond = AdminClient.at(second.uri("/"), office);
        for (int i = 1; i <= 4; i++) {
            var page = (i % 2 == 0 ? onSecond : onFirst).signIn(Staff.ADMIN, "wrong-password-" + i);
            assertTrue(page.text().contains("do not match an active account"), "attempt " + i);
        }
        assertTrue(onFirst.signIn(Staff.ADMIN, "wrong-password-5").text().contains("Too many failed sign-ins"));
        assertTrue(
                onSecond.signIn(Staff.ADMIN, Staff.adminPassword()).text().contains("Too many failed sign-ins"),
                "the other instance counted the failures too");

        var patient = "2001:db8::7:7";
        var forms = new ArrayList<ContactFormClient.Form>();
        for (int i = 0; i < 6; i++) {
            var instance = i % 2 == 0 ? first : second;
            forms.add(new ContactFormClient(new SiteClient(instance.uri("/")), patient).open("/contact"));
        }
        for (int i = 0; i < 5; i++) {
            var sent = forms.get(i).send(ContactFormClient.validFields("Busy " + i, "(916) 555-012" + i));
            assertEquals(303, sent.statusCode(), "request " + (i + 1) + " of the hour's five");
        }
        assertEquals(
                429,
                forms.get(5)
                        .send(ContactFormClient.validFields("Busy 5", "(916) 555-0125"))
                        .statusCode(),
                "five sent through both instances use up the hour's limit");
    }

    @Test
    void theConsoleAndMetricsAnswerOnlyConfiguredNetworks() {
        for (var instance : List.of(first, second)) {
            var fromElsewhere = AdminClient.at(instance.uri("/"), ELSEWHERE);
            assertEquals(404, fromElsewhere.get("/login").statusCode());
            assertEquals(404, fromElsewhere.follow(fromElsewhere.get("/admin/")).statusCode());
            assertEquals(404, fromElsewhere.get("/metrics").statusCode());
            assertEquals(200, fromElsewhere.get("/health/ready").statusCode(), "load balancers may always probe");
            assertEquals(200, fromElsewhere.get("/").statusCode(), "the public site is for everyone");

            var fromOffice = AdminClient.at(instance.uri("/"), OFFICE);
            assertEquals(200, fromOffice.get("/login").statusCode());
            assertEquals(404, fromOffice.get("/metrics").statusCode(), "metrics only from the monitoring host");
            assertEquals(200, new AdminClient(instance.uri("/")).get("/metrics").statusCode());
        }
        var admin = AdminClient.at(first.uri("/"), OFFICE);
        admin.signIn(Staff.ADMIN, Staff.adminPassword());
        assertEquals(200, admin.get("/admin/clinic").statusCode());
        var sameSessionElsewhere = admin.sameBrowser(first.uri("/"), ELSEWHERE);
        assertEquals(404, sameSessionElsewhere.get("/admin/clinic").statusCode(), "a session does not open the door");
    }

    /** The console's edit address of a condition, from the list's link. */
    private static String editPathOf(AdminClient admin, String condition) {
        var link = URI.create(admin.page("/admin/conditions").select("a").stream()
                .filter(a -> a.text().equals(condition))
                .findFirst()
                .orElseThrow()
                .attr("href"));
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    private static void awaitOn(SiteClient site, String path, Predicate<String> shows, Instant changedAt)
            throws InterruptedException {
        while (!shows.test(site.get(path).body())) {
            var waited = Duration.between(changedAt, Instant.now());
            assertTrue(waited.compareTo(PROPAGATION_LIMIT) < 0, path + " still old after " + waited.toMillis() + " ms");
            Thread.sleep(100);
        }
    }
}
