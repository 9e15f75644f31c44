package org.meridian.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.support.AdminClient;
import org.meridian.support.AdminClient.FilePart;
import org.meridian.support.Browser;
import org.meridian.support.Browser.Impact;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The WordPress import of the real WAR on Payara Micro, driven over HTTP as an administrator's browser: a clinic's
 * WordPress 6 export (with its uploads zip) is previewed, imported and imported again, and hostile files are refused
 * beside the upload with nothing changed; the page and its preview are checked in Chromium with axe-core.
 */
class WordPressImportIT extends DeployedWarTest {

    private static final String EXPORT = "upload:exportFile";
    private static final String ZIP = "upload:uploadsZip";
    private static final String BACK_PAIN = "/articles/chronic-back-pain-relief";
    /** The demo content has /articles/treating-sciatica-pain-with-acupuncture already. */
    private static final String SCIATICA = "/articles/treating-sciatica-pain-with-acupuncture-2";

    private SiteClient site;

    @BeforeEach
    void locate() throws Exception {
        site = new SiteClient(base);
    }

    @Test
    void aClinicsExportIsPreviewedThenImportedUnderItsConditionsAndAnImportOfTheEditedExportUpdatesIt() {
        var admin = Staff.signedInAdmin(base);
        var preview = upload(admin, WxrParserTest.fixture("clinic.xml"), UploadsZip.clinicUploads());
        assertEquals(
                "4 articles to create, 0 to update, 1 to skip; 1 conditions to create; 1 images found, " + "0 missing.",
                preview.selectFirst("#plan-summary").text());
        assertEquals(
                List.of(
                        "Acupuncture for Chronic Back Pain " + BACK_PAIN + " Create Published",
                        "Treating Sciatica Pain with Acupuncture " + SCIATICA + " Create Published",
                        "Cupping for Tight Lower Back Muscles /articles/cupping-for-tight-lower-back-muscles Create Draft",
                        "Acupuncture During Pregnancy /articles/acupuncture-during-pregnancy Create Scheduled",
                        "Old clinic hours /articles/old-clinic-hours__trashed Skip WordPress status \u201ctrash\u201d (not a "
                                + "post to keep)"),
                preview.select("#posts tbody tr").eachText());
        assertTrue(preview.select("#conditions li")
                .eachText()
                .contains("Piriformis Syndrome (/conditions/piriformis-syndrome): to create"));
        assertEquals(
                List.of("Dr. Mei Lee, L.Ac."), preview.select("#authors li").eachText());
        assertTrue(
                preview.select("#warnings")
                        .text()
                        .contains("the address /articles/treating-sciatica-pain-with-"
                                + "acupuncture is taken by another article"),
                preview.select("#warnings").text());
        assertEquals(404, site.get(BACK_PAIN).statusCode(), "nothing imported by the preview");

        var done = admin.submit(preview, "confirm", Map.of(), "confirm:import");
        assertEquals(
                "Imported from WordPress: 4 articles created, 0 updated, 1 skipped.",
                done.selectFirst(".ui-messages-info").text());

        var article = SiteClient.html(site.get(BACK_PAIN));
        assertEquals(
                "Acupuncture for Chronic Back Pain", article.selectFirst("h1").text());
        assertTrue(article.text().contains("Dr. Mei Lee, L.Ac."), "the author's display name");
        assertTrue(
                article.selectFirst("time[datetime]").attr("datetime").startsWith("2024-05-02"),
                "published on its WordPress date");
        var body = article.selectFirst(".article .body");
        assertTrue(body.text().contains("72.3 million people"), body.html());
        assertTrue(
                body.select("img").stream().allMatch(img -> img.attr("src").startsWith("/media/")),
                "the attached image comes from the media library, the other site's banner is gone: " + body.html());
        assertEquals(1, body.select("img").size(), body.html());
        assertFalse(article.html().contains("cdn.elsewhere.example")
                || article.html().contains("tracking"));
        assertFalse(body.html().contains("wp:paragraph"), "no block editor comments");
        assertEquals(200, site.get(body.selectFirst("img").attr("src")).statusCode(), "the image is served");

        assertTrue(site.get("/conditions/back-pain").body().contains(BACK_PAIN), "under its category");
        assertTrue(site.get("/conditions/back-pain").body().contains(SCIATICA));
        assertTrue(site.get("/conditions/sciatica").body().contains(SCIATICA));
        assertTrue(site.get("/conditions/herniated-disc").body().contains(BACK_PAIN), "a tag matched by slug");
        assertTrue(site.get("/conditions/piriformis-syndrome").body().contains(SCIATICA), "a tag made a condition");
        assertTrue(site.get("/search?q=Harris").body().contains(BACK_PAIN), "search finds it at once");
        assertEquals(
                404, site.get("/articles/cupping-for-tight-lower-back-muscles").statusCode(), "a draft");
        assertEquals(404, site.get("/articles/acupuncture-during-pregnancy").statusCode(), "not yet published");
        var dashboard = admin.page("/admin/");
        assertTrue(
                dashboard
                        .select("section:has(#scheduled-heading) a")
                        .eachText()
                        .contains("Acupuncture During Pregnancy"),
                "scheduled for its WordPress date");
        assertTrue(dashboard
                .select("section:has(#drafts-heading) a")
                .eachText()
                .contains("Cupping for Tight Lower Back Muscles"));
        assertTrue(admin.page("/admin/audit").text().contains("WordPress export imported"));

        var again = upload(admin, WxrParserTest.fixture("clinic-edited.xml"), null);
        assertEquals(
                "0 articles to create, 1 to update, 4 to skip; 0 conditions to create; 0 images found, " + "0 missing.",
                again.selectFirst("#plan-summary").text());
        assertTrue(
                again.select("#posts tbody tr")
                        .eachText()
                        .contains("Acupuncture for Chronic Back Pain " + BACK_PAIN
                                + " Skip Unchanged since the last import."),
                again.select("#posts").text());
        var updated = admin.submit(again, "confirm", Map.of(), "confirm:import");
        assertEquals(
                "Imported from WordPress: 0 articles created, 1 updated, 4 skipped.",
                updated.selectFirst(".ui-messages-info").text());

        var sciatica = SiteClient.html(site.get(SCIATICA));
        assertEquals(
                "Treating Sciatica Pain with Acupuncture: What to Expect",
                sciatica.selectFirst("h1").text());
        assertTrue(sciatica.text().contains("four to six sessions"), "the update is live");
        assertEquals(
                404,
                site.get("/articles/treating-sciatica-pain-with-acupuncture-3").statusCode(),
                "no second copy");
        var unchanged = upload(admin, WxrParserTest.fixture("clinic-edited.xml"), null);
        assertEquals(
                "Nothing to import: every post is skipped.",
                unchanged.selectFirst("#nothing-to-do").text(),
                "the same export once more");
        assertNull(unchanged.getElementById("confirm"));
        var library = SiteClient.html(site.get("/articles"));
        assertEquals(
                1,
                library.select("a[href$=" + SCIATICA + "]").stream()
                        .map(a -> a.attr("href"))
                        .distinct()
                        .count());
        assertEquals(
                1,
                library.select("a:contains(What to Expect)").stream()
                        .map(a -> a.attr("href"))
                        .distinct()
                        .count(),
                "one article with the new title");
    }

    @Test
    void hostileAndBrokenFilesAreRefusedBesideTheUploadAndChangeNothing() {
        var admin = Staff.signedInAdmin(base);
        var libraryBefore = site.get("/articles").body();
        var conditionsBefore = site.get("/conditions").body();
        var export = WxrParserTest.fixture("clinic.xml");

        assertRefused(admin, WxrParserTest.fixture("billion-laughs.xml"), null, EXPORT, "document type (DOCTYPE)");
        assertRefused(admin, WxrParserTest.fixture("external-entity.xml"), null, EXPORT, "DOCTYPE");
        assertRefused(admin, UploadsZip.jpeg(20, 20), null, EXPORT, "not XML");
        assertRefused(admin, WxrParserTest.fixture("not-wxr.xml"), null, EXPORT, "not a WordPress export file");
        var tooBig = ("<!-- " + "x".repeat(10 * 1024 * 1024) + " -->").getBytes(StandardCharsets.UTF_8);
        assertRefused(admin, tooBig, null, EXPORT, "too big");
        assertRefused(
                admin,
                export,
                new UploadsZip()
                        .add("../../../etc/cron.d/evil.jpg", new byte[] {1})
                        .bytes(),
                ZIP,
                "leads out of its folder");
        assertRefused(
                admin,
                export,
                new UploadsZip()
                        .add("uploads/2024/05/bomb.png", new byte[300 * 1024 * 1024])
                        .bytes(),
                ZIP,
                "unpacks to more than the import takes");
        assertRefused(admin, export, export, ZIP, "not a zip file");

        assertEquals(
                libraryBefore.replaceAll("\\s+", " "),
                site.get("/articles").body().replaceAll("\\s+", " "));
        assertEquals(
                conditionsBefore.replaceAll("\\s+", " "),
                site.get("/conditions").body().replaceAll("\\s+", " "));
    }

    @Test
    void onlyAdministratorsMayImport() {
        var admin = Staff.signedInAdmin(base);
        var editorName = Staff.create(admin, "importer", "EDITOR");
        var editor = new AdminClient(base);
        editor.signIn(editorName, Staff.PASSWORD);
        assertEquals(403, editor.get("/admin/import").statusCode());
        assertEquals(403, editor.get("/admin/import.xhtml").statusCode());
        assertFalse(
                new AdminClient(base).get("/admin/import").body().contains("Import from WordPress"),
                "not without signing in");
    }

    @Test
    void theImportPageAndItsPreviewInABrowserHaveNoSeriousAccessibilityProblems() throws IOException {
        var export = Files.createTempFile("wordpress-export", ".xml");
        try (var browser = Browser.start()) {
            Files.write(export, WxrParserTest.fixture("clinic.xml"));
            var driver = browser.driver();
            driver.get(base.resolve("/login").toString());
            driver.findElement(By.id("login:username")).sendKeys(Staff.ADMIN);
            driver.findElement(By.id("login:password")).sendKeys(Staff.adminPassword());
            driver.findElement(By.id("login:signIn")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            driver.get(base.resolve("/admin/import").toString());
            browser.assertAccessible("import page", Impact.SERIOUS_OR_CRITICAL);
            driver.findElement(By.id(EXPORT)).sendKeys(export.toString());
            driver.findElement(By.id("upload:preview")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("plan-summary")));
            assertTrue(driver.findElement(By.id("plan-summary")).getText().contains("images found"));
            browser.assertAccessible("import preview", Impact.SERIOUS_OR_CRITICAL);
        } finally {
            Files.deleteIfExists(export);
        }
    }

    private void assertRefused(AdminClient admin, byte[] export, byte[] zip, String field, String reason) {
        var page = upload(admin, export, zip);
        var message =
                page.select(".field:has([id='" + field + "']) .ui-message").text();
        assertTrue(message.contains(reason), field + " should say \u201c" + reason + "\u201d: " + page.text());
        assertNull(page.getElementById("confirm"), "no way to import");
        assertNull(page.getElementById("posts"), "no preview");
        assertFalse(page.html().contains("Exception"), "no exception shown");
    }

    private static Document upload(AdminClient admin, byte[] export, byte[] zip) {
        return admin.upload(
                admin.page("/admin/import"),
                "upload",
                Map.of(),
                "upload:preview",
                Map.of(
                        EXPORT,
                        new FilePart("WordPress.2024-06-03.xml", export, "text/xml"),
                        ZIP,
                        zip == null
                                ? new FilePart("", new byte[0], "application/octet-stream")
                                : new FilePart("uploads.zip", zip, "application/zip")));
    }
}
