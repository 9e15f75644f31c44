package org.meridian.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.AdminClient;
import org.meridian.support.FreshDatabase;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;
import org.meridian.support.TestImages;
import org.meridian.system.Slugs;

/**
 * A site worked on in the console (an image uploaded, an article written and edited, an editor added), backed up from
 * the console and restored through the console into a new instance, shows the same public pages there. The source
 * runs on an embedded H2 file, as ops start it; the new instance runs on PostgreSQL in the {@code -Ppostgresql} suite
 * ({@code it.db.url}) and on another H2 file otherwise. The backup command, run on the stopped source (and on
 * PostgreSQL after the restore), writes the same data as the console's download.
 *
 * Longer than most classes: one scenario (a source instance, a backup, a new instance restored from it) with the
 * helpers that compare the two sites.
 */
class BackupRestoreIT {

    private static final String TITLE = "Cupping for Sciatica " + Long.toString(System.nanoTime(), 36);
    private static final String SLUG = Slugs.fromTitle(TITLE);
    private static final Path LOGS = Path.of("target", "backup-it");
    /**
     * What truly differs per instance and render: the contact form's token, signed with the instance's key and the
     * time, and the nonce PrimeFaces' CSP mode gives each script element (the structured data's too).
     */
    private static final Pattern FORM_TOKEN = Pattern.compile("(name=\"token\" value=\")[^\"]*");

    private static final Pattern NONCE = Pattern.compile("( nonce=\")[^\"]*");

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoANewInstanceShowsTheSameSite() throws Exception {
        Files.createDirectories(LOGS);
        var sourceData = folder.resolve("source");
        byte[] backup;
        Map<String, String> sourcePages;
        String imagePath;
        byte[] image;
        try (var source = PayaraMicroProcess.start(embeddedAt(sourceData), LOGS.resolve("source.log"))) {
            var admin = Staff.signedInAdmin(source.uri("/"));
            imagePath = writeAndEditAnArticleWithAnImage(admin);
            var editor = new AdminClient(source.uri("/"));
            editor.signIn(Staff.create(admin, "editor", "EDITOR"), Staff.PASSWORD);
            assertEquals(403, editor.get("/admin/backup").statusCode(), "backups are for administrators only");

            var download = admin.download(
                    admin.page("/admin/backup"), "download", Map.of("download:patientRequests", "on"), "download:send");
            assertEquals(200, download.statusCode());
            assertTrue(download.headers()
                    .firstValue("Content-Disposition")
                    .orElseThrow()
                    .contains("-with-patient-requests.zip"));
            backup = download.body();
            assertTrue(admin.page("/admin/audit").text().contains("Backup with patient requests downloaded"));

            sourcePages = publicPages(new SiteClient(source.uri("/")));
            image = bytes(source.uri(imagePath));
        }
        var backupFile = Files.write(folder.resolve("console-backup.zip"), backup);

        var commandBackup = folder.resolve("command-backup.zip");
        assertEquals(
                0,
                runBackupCommand(
                        embeddedAt(sourceData),
                        "export",
                        commandBackup.toString(),
                        BackupCommand.WITH_PATIENT_REQUESTS),
                "backup command exit status");
        assertSameContent(backupFile, commandBackup);

        var targetDatabase = newDatabase();
        try (var target = PayaraMicroProcess.start(targetDatabase, LOGS.resolve("target.log"))) {
            var admin = Staff.signedInAdmin(target.uri("/"));
            var notAZip = admin.upload(
                    admin.page("/admin/backup"),
                    "restore",
                    Map.of(),
                    "restore:send",
                    "restore:file",
                    "notes.zip",
                    "just text".getBytes(StandardCharsets.UTF_8),
                    "application/zip");
            assertTrue(fieldMessage(notAZip).contains("not a readable zip archive"), notAZip.text());

            var restored = admin.upload(
                    admin.page("/admin/backup"),
                    "restore",
                    Map.of(),
                    "restore:send",
                    "restore:file",
                    "backup.zip",
                    backup,
                    "application/zip");
            assertTrue(restored.text().contains("Restored the backup of"), restored.text());

            var targetPages = publicPages(new SiteClient(target.uri("/")));
            for (var page : sourcePages.entrySet()) {
                assertEquals(page.getValue(), targetPages.get(page.getKey()), "public page " + page.getKey());
            }
            assertTrue(targetPages.get("/articles/" + SLUG).contains("Cups leave round marks."));
            assertTrue(Arrays.equals(image, bytes(target.uri(imagePath))), "the same image at the same URL");
            assertFoundBySearch(new SiteClient(target.uri("/")), "cupping", "/articles/" + SLUG);
            if (targetDatabase.containsKey("MERIDIAN_DB_URL")) {
                // PostgreSQL can be read while the server runs (the embedded file is the server's alone): a backup of
                // the restored database holds the very rows the one from H2 held.
                var fromPostgresql = folder.resolve("postgresql-backup.zip");
                assertEquals(
                        0,
                        runBackupCommand(
                                targetDatabase,
                                "export",
                                fromPostgresql.toString(),
                                BackupCommand.WITH_PATIENT_REQUESTS),
                        "backup command on PostgreSQL");
                assertSameContent(backupFile, fromPostgresql);
            }

            var again = admin.upload(
                    admin.page("/admin/backup"),
                    "restore",
                    Map.of(),
                    "restore:send",
                    "restore:file",
                    "backup.zip",
                    backup,
                    "application/zip");
            assertTrue(fieldMessage(again).contains("only into a new instance"), again.text());

            // New rows take ids past the restored ones: no clash with what the backup brought.
            var added = admin.submit(
                    admin.page("/admin/conditions/edit"),
                    "condition",
                    Map.of("condition:name", "Shoulder Pain"),
                    "condition:save");
            assertTrue(added.text().contains("Shoulder Pain"), added.text());
            assertEquals(
                    200,
                    new SiteClient(target.uri("/"))
                            .get("/conditions/shoulder-pain")
                            .statusCode());
            var audit = admin.page("/admin/audit").text();
            assertTrue(audit.contains("Backup restored") && audit.contains("Image uploaded"), audit);
        }
    }

    /** Uploads an image, writes an article with it as hero and publishes it, then edits and publishes it again. */
    private static String writeAndEditAnArticleWithAnImage(AdminClient admin) throws IOException {
        var library = admin.upload(
                admin.page("/admin/media"),
                "upload",
                Map.of("upload:alt", "Glass cups on a back"),
                "upload:send",
                "upload:file",
                "cups.jpg",
                TestImages.jpeg(1000, 600),
                "image/jpeg");
        var mediaId = library.select("#media a").stream()
                .filter(a -> a.text().contains("cups.jpg"))
                .findFirst()
                .orElseThrow()
                .attr("href")
                .replaceAll(".*id=", "");
        var form = admin.page("/admin/articles/edit");
        var values = new HashMap<String, String>();
        values.put("article:title", TITLE);
        values.put("article:slug", "");
        values.put("article:summary", "What cupping does for sciatica.");
        values.put("article:body_input", "<p>Cups draw the skin up.</p>");
        values.put("article:author", "Dr. Lena Park, L.Ac.");
        values.put("article:hero", mediaId);
        values.put(
                "article:conditions",
                form.select("input[name='article:conditions']").stream()
                        .filter(box -> form.selectFirst("label[for='" + box.id() + "']")
                                .text()
                                .equals("Sciatica"))
                        .findFirst()
                        .orElseThrow()
                        .val());
        var published = admin.submit(form, "article", values, "article:publish");
        var edit = URI.create(published.location());
        var edited = admin.submit(
                admin.page(edit.getPath() + "?" + edit.getQuery()),
                "article",
                Map.of("article:body_input", "<p>Cups draw the skin up.</p><p>Cups leave round marks.</p>"),
                "article:publish");
        assertTrue(edited.selectFirst(".ui-messages-info").text().contains("Published"), edited.text());
        return "/media/" + mediaId + "-1000.jpg?v=1";
    }

    /** The pages patients see, by path; what differs between two instances of the same site would show up here. */
    private static Map<String, String> publicPages(SiteClient site) {
        var pages = new LinkedHashMap<String, String>();
        for (var path : List.of(
                "/",
                "/articles",
                "/articles/" + SLUG,
                "/articles/treating-sciatica-pain-with-acupuncture",
                "/conditions",
                "/conditions/sciatica",
                "/sitemap.xml",
                "/feed.xml",
                "/contact")) {
            var response = site.get(path);
            assertEquals(200, response.statusCode(), path);
            var page = FORM_TOKEN.matcher(response.body()).replaceAll("$1(signed by this instance)");
            pages.put(path, NONCE.matcher(page).replaceAll("$1(per render)"));
        }
        return pages;
    }

    /** The command's archive and the console's hold the same rows, but for the audit events and sign-ins in between. */
    private static void assertSameContent(Path console, Path command) throws IOException {
        try (var a = new ZipFile(console.toFile());
                var b = new ZipFile(command.toFile())) {
            var compared = new ArrayList<String>();
            for (var table : BackupTables.ALL) {
                if (table.name().equals("audit_event") || table.name().equals("staff_user")) {
                    continue;
                }
                var entry = a.getEntry(table.fileName());
                assertNotNull(entry, table.fileName());
                assertTrue(
                        Arrays.equals(
                                a.getInputStream(entry).readAllBytes(),
                                b.getInputStream(b.getEntry(table.fileName())).readAllBytes()),
                        "same rows of " + table.name());
                compared.add(table.name());
            }
            assertTrue(
                    compared.contains("media_variant") && compared.contains("article_revision"), compared.toString());
        }
    }

    private static Map<String, String> embeddedAt(Path dataDir) {
        return Map.of("MERIDIAN_DATA_DIR", dataDir.toString(), "MERIDIAN_ADMIN_PASSWORD", Staff.adminPassword());
    }

    /** The new instance's database: the suite's PostgreSQL, emptied, when there is one; a new H2 file otherwise. */
    private Map<String, String> newDatabase() throws Exception {
        var url = System.getProperty("it.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return embeddedAt(folder.resolve("target"));
        }
        FreshDatabase.recreatePostgresqlSchema();
        return Map.of(
                "MERIDIAN_DB_URL",
                url,
                "MERIDIAN_DB_USER",
                System.getProperty("it.db.user"),
                "MERIDIAN_DB_PASSWORD",
                System.getProperty("it.db.password"),
                "MERIDIAN_DB_DATASOURCE_CLASS",
                System.getProperty("it.db.class"),
                "MERIDIAN_ADMIN_PASSWORD",
                Staff.adminPassword());
    }

    /** Runs {@code java -jar target/meridian-backup.jar} as ops do, with the server's database settings. */
    private static int runBackupCommand(Map<String, String> database, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("meridian.backup.jar", "target/meridian-backup.jar")));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        LOGS.resolve("command.log").toFile()));
        builder.environment().putAll(database);
        var process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the backup command did not finish within 2 minutes");
        }
        return process.exitValue();
    }

    /** The search index is rebuilt in the background after a restore: give it a generous minute. */
    private static void assertFoundBySearch(SiteClient site, String word, String link) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!site.get("/search?q=" + word).body().contains(link)) {
            assertTrue(Instant.now().isBefore(deadline), "search finds " + link + " after the restore");
            Thread.sleep(500);
        }
    }

    private static byte[] bytes(URI uri) {
        try {
            return HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String fieldMessage(Document page) {
        return page.select(".field:has([id^='restore:file']) .ui-message").text();
    }
}
