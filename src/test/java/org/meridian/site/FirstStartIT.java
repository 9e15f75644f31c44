package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.clinic.ClinicProfile;
import org.meridian.support.AdminClient;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SelfContained;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;

/**
 * A production first start, as ops make it: an empty database in {@code MERIDIAN_DATA_DIR} and no demo content. The
 * site answers from the first request, with "Not set yet" for the clinic's own details and an empty library, and the
 * administrator is asked to enter the clinic's facts until they are entered. It removes a search index a killed
 * server left in the temporary folder, and leaves none of its own when stopped. Restarted on the same folder with the
 * demo content switched on, it still has what staff entered, and the demo content is not loaded over it; a second
 * application deployed beside it is answered by itself, not by the page cache that runs first in the server. The
 * first start has the page cache's valve switched off: the application's filter then answers every hit.
 */
@SelfContained
class FirstStartIT {

    private static final String CONDITION = "Neck Pain";
    private static final String OTHER_PAGE = "another application's page";

    @TempDir
    Path dataDir;

    @TempDir
    Path temporaryFiles;

    @Test
    void aFirstStartWithoutDemoContentServesEveryPageAsksForTheClinicFactsAndKeepsThemOverARestart() throws Exception {
        var environment = Map.of(
                "MERIDIAN_DATA_DIR",
                dataDir.toString(),
                "MERIDIAN_DEMO_CONTENT",
                "false",
                "MERIDIAN_ADMIN_PASSWORD",
                Staff.adminPassword(),
                "JAVA_TOOL_OPTIONS",
                "-Djava.io.tmpdir=" + temporaryFiles,
                "MERIDIAN_PAGE_CACHE_FRONT_VALVE",
                "false");
        var logs = Files.createDirectories(Path.of("target", "first-start-it"));
        var leftByAKill = Files.createDirectory(temporaryFiles.resolve("meridian-search-left-by-a-kill"));
        Files.writeString(leftByAKill.resolve("write.lock"), "");
        Files.setLastModifiedTime(leftByAKill, FileTime.from(Instant.now().minus(Duration.ofHours(1))));

        try (var server = PayaraMicroProcess.start(environment, logs.resolve("first-start.log"))) {
            var site = new SiteClient(server.uri("/"));
            for (var path : List.of(
                    "/",
                    "/articles",
                    "/conditions",
                    "/search?q=back",
                    "/contact",
                    "/privacy",
                    "/sitemap.xml",
                    "/feed.xml",
                    "/login")) {
                assertEquals(200, site.get(path).statusCode(), path);
            }
            var home = SiteClient.html(site.get("/"));
            assertTrue(home.selectFirst("header a.call").text().contains(ClinicProfile.NOT_SET));
            // Started as server-config/start.sh starts it: sessions do not fill the log (they once cost 7 KB each).
            assertTrue(server.logGrowthFromSessionRequests(2000) < 100_000, "the log stays small under a flood");
            var metrics = new AdminClient(server.uri("/"));
            assertTrue(pageCacheMetric(metrics, "hits") > 0, "the home page came from the cache the second time");
            assertEquals(0, pageCacheMetric(metrics, "hits_in_front"), "with the valve off, the filter answers hits");
            var library = SiteClient.html(site.get("/articles"));
            assertEquals("0 articles", library.selectFirst(".results-count").text());
            assertEquals(
                    "We have no articles yet.", library.selectFirst(".empty p").text());

            var admin = Staff.signedInAdmin(server.uri("/"));
            var notice = admin.page("/admin/").getElementById("clinic-set-up");
            assertNotNull(notice, "the dashboard asks for the clinic's facts");
            assertNotNull(notice.selectFirst("a[href$=/admin/clinic]"));

            var saved = admin.submit(
                    admin.page("/admin/clinic"),
                    "clinic",
                    Map.of(
                            "clinic:name",
                            "Willow Acupuncture",
                            "clinic:phone",
                            "(503) 555-0110",
                            "clinic:streetAddress",
                            "12 Alder Street",
                            "clinic:locality",
                            "Portland",
                            "clinic:region",
                            "OR",
                            "clinic:postalCode",
                            "97205"),
                    "clinic:save");
            assertTrue(saved.text().contains("Saved the clinic's facts"), saved.text());
            assertNull(admin.page("/admin/").getElementById("clinic-set-up"), "no notice once the facts are in");
            admin.submit(
                    admin.page("/admin/conditions/edit"),
                    "condition",
                    Map.of("condition:name", CONDITION, "condition:slug", ""),
                    "condition:save");
            var after = SiteClient.html(site.get("/"));
            assertTrue(after.selectFirst("header a.call").text().contains("(503) 555-0110"));
            assertFalse(after.text().contains(ClinicProfile.NOT_SET));
            assertFalse(Files.exists(leftByAKill), "an index no running server holds is removed at start");
            assertEquals(1, searchIndexDirectories().size(), "the search index is in a temporary directory");
        }
        assertEquals(List.of(), searchIndexDirectories(), "a stopped server leaves no search index behind");

        var withDemoContent = new HashMap<>(environment);
        withDemoContent.remove("MERIDIAN_DEMO_CONTENT");
        withDemoContent.remove("MERIDIAN_PAGE_CACHE_FRONT_VALVE");
        var otherApplication = otherApplication();
        try (var server = PayaraMicroProcess.start(
                withDemoContent,
                List.of("--nocluster", "--deploy", otherApplication.toString()),
                logs.resolve("restart.log"))) {
            var site = new SiteClient(server.uri("/"));
            for (var round = 1; round <= 2; round++) {
                var page = site.get("/other/index.html");
                assertEquals(200, page.statusCode(), "round " + round);
                assertEquals(OTHER_PAGE, page.body(), "round " + round);
                assertEquals(404, site.get("/other/articles").statusCode(), "round " + round);
                assertTrue(
                        SiteClient.html(site.get("/articles"))
                                .selectFirst("h1")
                                .text()
                                .contains("Article library"),
                        "Meridian's own pages, from its cache in the second round");
            }
            assertTrue(
                    SiteClient.html(site.get("/"))
                            .selectFirst("header a.call")
                            .text()
                            .contains("(503) 555-0110"),
                    "the clinic's facts are kept");
            assertTrue(SiteClient.html(site.get("/conditions")).text().contains(CONDITION), "the condition is kept");
            assertEquals(
                    "0 articles",
                    SiteClient.html(site.get("/articles"))
                            .selectFirst(".results-count")
                            .text(),
                    "the demo content goes into an empty database only");
        }
    }

    /** A page cache gauge from {@code /metrics}, in the Prometheus text format ({@code meridian_page_cache_NAME}). */
    private static long pageCacheMetric(AdminClient client, String name) {
        var metrics = client.get("/metrics");
        assertEquals(200, metrics.statusCode());
        var line = Pattern.compile("^meridian_page_cache_" + name + "(\\{[^}]*\\})? ([0-9.E]+)$", Pattern.MULTILINE)
                .matcher(metrics.body());
        assertTrue(line.find(), () -> "no page cache " + name + " in " + metrics.body());
        return (long) Double.parseDouble(line.group(2));
    }

    /** A bare application with one page, deployed at {@code /other}: Payara names it after its file. */
    private Path otherApplication() throws IOException {
        var war = temporaryFiles.resolve("other.war");
        try (var zip = new ZipOutputStream(Files.newOutputStream(war))) {
            zip.putNextEntry(new ZipEntry("WEB-INF/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(OTHER_PAGE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return war;
    }

    private List<Path> searchIndexDirectories() throws IOException {
        try (var files = Files.list(temporaryFiles)) {
            return files.filter(file -> file.getFileName().toString().startsWith("meridian-search-"))
                    .toList();
        }
    }
}
