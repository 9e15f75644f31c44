package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.support.AdminClient;
import org.meridian.support.Browser;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;
import org.meridian.support.TestImages;
import org.meridian.system.Slugs;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The article editor and media library of the real WAR on Payara Micro, driven over HTTP as a browser without
 * JavaScript: publishing, pending changes, conflicts, revisions, scheduling, uploads and who may see previews.
 */
class ArticleEditorIT extends DeployedWarTest {

    static final ZoneId CLINIC = ZoneId.of("America/Los_Angeles");

    private SiteClient site;

    @BeforeEach
    void locate() throws Exception {
        site = new SiteClient(base);
    }

    @Test
    void anEditorPublishesAndTheArticleIsOnThePublicSiteAndInSearchAtOnce() {
        var editor = signedInEditor();
        var word = uniqueWord();
        var title = "Gua Sha for Tight Shoulders " + word;
        var slug = Slugs.fromTitle(title);
        var form = editor.page("/admin/articles/edit");
        var values = articleValues(title, "<p>Scraping therapy eases " + word + " tension.</p>");
        values.put("article:conditions", conditionId(form, "Back Pain"));
        var published = editor.submit(form, "article", values, "article:publish");
        assertEquals(
                "Published: patients see it now.",
                published.selectFirst(".ui-messages-info").text());

        var page = site.get("/articles/" + slug);
        assertEquals(200, page.statusCode());
        var html = SiteClient.html(page);
        assertEquals(title, html.selectFirst("h1").text());
        assertTrue(html.select(".chips a").eachText().contains("Back Pain"));
        assertTrue(site.get("/articles").body().contains("/articles/" + slug), "listed in the library");
        assertTrue(site.get("/search?q=" + word).body().contains("/articles/" + slug), "found by search");
        assertTrue(Staff.signedInAdmin(base).page("/admin/audit").select("#audit\\:events tr").stream()
                .anyMatch(row ->
                        row.text().contains("Article published") && row.text().contains(title)));
    }

    @Test
    void aPublishedArticlesNextVersionStaysAsideUntilItIsPublished() {
        var editor = signedInEditor();
        var title = "Cupping for Neck Pain " + uniqueWord();
        var slug = Slugs.fromTitle(title);
        var path = editPath(editor.submit(
                editor.page("/admin/articles/edit"),
                "article",
                articleValues(title, "<p>Version one.</p>"),
                "article:publish"));

        var saved = editor.submit(
                editor.page(path),
                "article",
                Map.of("article:body_input", "<p>Version two.</p>"),
                "article:sendForReview");
        assertEquals(
                "Saved and sent for review.",
                saved.selectFirst(".ui-messages-info").text());
        assertTrue(saved.text().contains("Your saved changes are pending and waiting for review"), saved.text());
        assertTrue(site.get("/articles/" + slug).body().contains("Version one."), "patients still read the live one");
        assertTrue(
                editor.page("/admin/")
                        .select("#article-work section:has(#review-heading) a")
                        .eachText()
                        .contains(title),
                "the dashboard lists it in review");

        var preview = editor.page(path.replace("/edit?", "/preview?"));
        assertTrue(preview.selectFirst(".article .body").text().contains("Version two."));
        assertEquals(title, preview.selectFirst("h1").text(), "the public article layout");

        editor.submit(editor.page(path), "article", Map.of(), "article:publish");
        var live = site.get("/articles/" + slug).body();
        assertTrue(live.contains("Version two.") && !live.contains("Version one."));
        var unchanged = editor.submit(editor.page(path), "article", Map.of(), "article:save");
        assertFalse(unchanged.text().contains("Your saved changes are pending"), "saved as it is live: none pending");
    }

    @Test
    void theSecondOfTwoPeopleSavingTheSameArticleIsToldWhoChangedItAndKeepsTheirText() {
        var first = signedInEditor();
        var firstName = lastUsername;
        var second = Staff.signedInAdmin(base);
        var path = editPath(first.submit(
                first.page("/admin/articles/edit"),
                "article",
                articleValues("Tuina Massage " + uniqueWord(), "<p>Body.</p>"),
                "article:save"));
        var firstForm = first.page(path);
        var secondForm = second.page(path);
        var saved = first.submit(firstForm, "article", Map.of("article:title", "Tuina by the first"), "article:save");
        assertEquals("Saved.", saved.selectFirst(".ui-messages-info").text());

        var refused =
                second.submit(secondForm, "article", Map.of("article:title", "Tuina by the second"), "article:save");
        var message = refused.selectFirst(".ui-messages-error").text();
        assertTrue(message.contains("was changed by " + firstName + " on "), message);
        assertTrue(message.contains("Your changes were not saved"), message);
        assertEquals(
                "Tuina by the second", refused.getElementById("article:title").val(), "their text is kept");
        assertEquals(
                "Tuina by the first",
                second.page(path).getElementById("article:title").val());
    }

    @Test
    void restoringARevisionMakesItCurrentAgainAsANewRevision() {
        var editor = signedInEditor();
        var title = "Moxibustion Basics " + uniqueWord();
        var path = editPath(editor.submit(
                editor.page("/admin/articles/edit"),
                "article",
                articleValues(title, "<p>Original wording.</p>"),
                "article:save"));
        editor.submit(
                editor.page(path), "article", Map.of("article:body_input", "<p>Reworded text.</p>"), "article:save");
        var revisionsPath = path.replace("/edit?", "/revisions?");
        var revisions = editor.page(revisionsPath);
        assertEquals(2, revisions.select("#revision-list tbody tr").size());
        assertTrue(revisions.select("#diff .removed").text().contains("Original wording."));
        assertTrue(revisions.select("#diff .added").text().contains("Reworded text."));

        var restoreButton = revisions.select("#revision-list tbody tr").stream()
                .filter(row -> row.selectFirst("td").text().equals("1"))
                .findFirst()
                .orElseThrow()
                .selectFirst("button")
                .attr("name");
        var restored = editor.submit(revisions, "revisions", Map.of(), restoreButton);
        assertTrue(restored.selectFirst(".ui-messages-info").text().startsWith("Restored revision 1"));
        assertTrue(restored.getElementById("article:body_input").val().contains("Original wording."));
        var after = editor.page(revisionsPath);
        assertEquals(3, after.select("#revision-list tbody tr").size(), "the restore is a revision of its own");
        assertTrue(after.select("#revision-list tbody tr").first().text().contains("Restored revision 1"));
    }

    @Test
    void scheduledPublishingAndUnpublishingHappenWithoutAnyoneVisiting() throws InterruptedException {
        var editor = signedInEditor();
        var title = "Acupressure at Home " + uniqueWord();
        var slug = Slugs.fromTitle(title);
        var values = articleValues(title, "<p>Points to press.</p>");
        var at = LocalDateTime.now(CLINIC).plusSeconds(4).withNano(0);
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
        values.put("article:publishAt", at.format(format));
        values.put("article:unpublishAt", at.plusSeconds(6).format(format));
        var scheduled = editor.submit(editor.page("/admin/articles/edit"), "article", values, "article:schedule");
        assertEquals(
                "Saved and scheduled.",
                scheduled.selectFirst(".ui-messages-info").text());
        assertTrue(
                editor.page("/admin/")
                        .select("#article-work section:has(#scheduled-heading) li")
                        .text()
                        .contains(title),
                "the dashboard lists the scheduled change");
        assertEquals(404, site.get("/articles/" + slug).statusCode(), "not before its time");

        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (site.get("/articles/" + slug).statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(200, site.get("/articles/" + slug).statusCode(), "published by the scheduler");
        while (site.get("/articles/" + slug).statusCode() != 404 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(404, site.get("/articles/" + slug).statusCode(), "and unpublished by it at its time");
        var audit = Staff.signedInAdmin(base).page("/admin/audit").select("#audit\\:events tr").stream()
                .filter(row -> row.text().contains(title))
                .map(row -> row.text())
                .toList();
        assertTrue(
                audit.stream().anyMatch(row -> row.contains("system") && row.contains("Article published")),
                audit.toString());
        assertTrue(
                audit.stream().anyMatch(row -> row.contains("system") && row.contains("Article unpublished")),
                audit.toString());
    }

    @Test
    void anAddressAlreadyTakenIsRefusedNextToTheField() {
        var editor = signedInEditor();
        var values = articleValues("Another back pain article " + uniqueWord(), "<p>Body.</p>");
        values.put("article:slug", "benefits-of-acupuncture-for-back-pain");
        var refused = editor.submit(editor.page("/admin/articles/edit"), "article", values, "article:save");
        var message =
                refused.select(".field:has([id='article:slug']) .ui-message").text();
        assertTrue(message.contains("/articles/benefits-of-acupuncture-for-back-pain is already used by"), message);
        assertTrue(message.contains("benefits-of-acupuncture-for-back-pain-2"), message);
    }

    @Test
    void everyBadFieldIsRefusedNextToItselfAtOnce() {
        var editor = signedInEditor();
        var values = articleValues("", "");
        values.put("article:summary", "");
        values.put("article:author", " ");
        values.put("article:slug", "Not An Address");
        var refused = editor.submit(editor.page("/admin/articles/edit"), "article", values, "article:save");
        assertEquals("Enter the article's title.", fieldMessage(refused, "article:title"), refused.text());
        assertEquals("Write a short summary.", fieldMessage(refused, "article:summary"));
        assertEquals("Write the article's text.", fieldMessage(refused, "article:body"));
        assertEquals("Enter who wrote the article.", fieldMessage(refused, "article:author"));
        assertTrue(fieldMessage(refused, "article:slug").startsWith("Use lower-case letters"), refused.text());
        assertFalse(refused.location().contains("id="), "nothing saved: " + refused.location());
    }

    @Test
    void uploadsOfANonImageNamedPngAndOfAnSvgAreRefused() {
        var editor = signedInEditor();
        var form = editor.page("/admin/media");
        var text = editor.upload(
                form,
                "upload",
                Map.of("upload:alt", "Not really"),
                "upload:send",
                "upload:file",
                "report.png",
                "%PDF-1.7 a document".getBytes(StandardCharsets.US_ASCII),
                "image/png");
        assertTrue(fieldMessage(text, "upload:file").contains("not a JPEG, PNG or WebP image"), text.text());
        var svg = editor.upload(
                form,
                "upload",
                Map.of("upload:alt", "Logo"),
                "upload:send",
                "upload:file",
                "logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "image/svg+xml");
        assertTrue(fieldMessage(svg, "upload:file").contains("SVG, HTML and other text files are not accepted"));
        assertTrue(editor.page("/admin/media").select("#media tbody tr").stream()
                .noneMatch(
                        row -> row.text().contains("report.png") || row.text().contains("logo.svg")));
    }

    @Test
    void anUploadedImageNeedsAltTextAndIsServedInSizesAsTheHeroOfAnArticle() throws IOException {
        var editor = signedInEditor();
        var name = "needles-" + uniqueWord() + ".jpg";
        var noAlt = editor.upload(
                editor.page("/admin/media"),
                "upload",
                Map.of(),
                "upload:send",
                "upload:file",
                name,
                TestImages.jpeg(1200, 800),
                "image/jpeg");
        assertTrue(fieldMessage(noAlt, "upload:alt").contains("Describe the image"), noAlt.text());
        var library = editor.upload(
                editor.page("/admin/media"),
                "upload",
                Map.of("upload:alt", "Fine needles in a practitioner's hand"),
                "upload:send",
                "upload:file",
                name,
                TestImages.jpeg(1200, 800),
                "image/jpeg");
        assertTrue(library.selectFirst(".ui-messages-info").text().contains(name));
        var mediaId = library.select("#media a").stream()
                .filter(a -> a.text().contains(name))
                .findFirst()
                .orElseThrow()
                .attr("href")
                .replaceAll(".*id=", "");

        var title = "What Needles Feel Like " + uniqueWord();
        var values = articleValues(title, "<p>Hardly anything.</p>");
        values.put("article:hero", mediaId);
        editor.submit(editor.page("/admin/articles/edit"), "article", values, "article:publish");
        var hero =
                SiteClient.html(site.get("/articles/" + Slugs.fromTitle(title))).selectFirst("img.hero");
        assertEquals("Fine needles in a practitioner's hand", hero.attr("alt"));
        assertEquals("/media/" + mediaId + "-1200.jpg?v=1", hero.attr("src"));
        assertEquals(
                "/media/" + mediaId + "-480.jpg?v=1 480w, /media/" + mediaId + "-960.jpg?v=1 960w, /media/" + mediaId
                        + "-1200.jpg?v=1 1200w",
                hero.attr("srcset"));
        assertEquals("1200", hero.attr("width"));
        assertEquals("800", hero.attr("height"));
        assertFalse(hero.attr("sizes").isEmpty());

        var image = site.get("/media/" + mediaId + "-480.jpg?v=1");
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "nosniff", image.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(
                "public, max-age=31536000, immutable",
                image.headers().firstValue("Cache-Control").orElseThrow());
        var etag = image.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), etag);
        assertEquals(
                304,
                site.send(HttpRequest.newBuilder(site.uri("/media/" + mediaId + "-480.jpg?v=1"))
                                .header("If-None-Match", etag)
                                .build())
                        .statusCode());
        assertEquals(404, site.get("/media/" + mediaId + "-480.png?v=1").statusCode());

        var usedIn = editor.page("/admin/media/edit?id=" + mediaId)
                .select("#uses li")
                .eachText();
        assertEquals(List.of(title), usedIn);
    }

    @Test
    void aReplacedImageKeepsItsAddressWithANewVersionOnThePagesThatShowIt() throws IOException {
        var editor = signedInEditor();
        var name = "room-" + uniqueWord() + ".jpg";
        var library = editor.upload(
                editor.page("/admin/media"),
                "upload",
                Map.of("upload:alt", "Treatment room"),
                "upload:send",
                "upload:file",
                name,
                TestImages.jpeg(800, 600),
                "image/jpeg");
        var mediaId = library.select("#media a").stream()
                .filter(a -> a.text().contains(name))
                .findFirst()
                .orElseThrow()
                .attr("href")
                .replaceAll(".*id=", "");
        var title = "Your First Visit " + uniqueWord();
        var values = articleValues(title, "<p>What to expect.</p>");
        values.put("article:hero", mediaId);
        editor.submit(editor.page("/admin/articles/edit"), "article", values, "article:publish");
        var slug = Slugs.fromTitle(title);
        assertEquals(
                "/media/" + mediaId + "-800.jpg?v=1",
                SiteClient.html(site.get("/articles/" + slug))
                        .selectFirst("img.hero")
                        .attr("src"));

        var edit = editor.page("/admin/media/edit?id=" + mediaId);
        var replaced = editor.upload(
                edit,
                "replace",
                Map.of(),
                "replace:send",
                "replace:file",
                "room-new.jpg",
                TestImages.jpeg(1000, 500),
                "image/jpeg");
        assertTrue(replaced.selectFirst(".ui-messages-info").text().startsWith("Replaced the image"));
        var hero = SiteClient.html(site.get("/articles/" + slug)).selectFirst("img.hero");
        assertEquals("/media/" + mediaId + "-1000.jpg?v=2", hero.attr("src"), "the page shows the new version at once");
        assertEquals("500", hero.attr("height"));
        assertEquals(
                "no-cache",
                site.get("/media/" + mediaId + "-480.jpg?v=1")
                        .headers()
                        .firstValue("Cache-Control")
                        .orElseThrow(),
                "an old version's address is no longer kept for a year");

        var refused =
                editor.submit(editor.page("/admin/media/edit?id=" + mediaId), "delete", Map.of(), "delete:delete");
        assertTrue(refused.selectFirst(".ui-messages-error").text().contains(title), "in use, so not deleted");
    }

    @Test
    void deletingAnArticleTakesItOffTheSiteAndIntoTheAuditLog() {
        var editor = signedInEditor();
        var title = "Seasonal Allergies " + uniqueWord();
        var path = editPath(editor.submit(
                editor.page("/admin/articles/edit"),
                "article",
                articleValues(title, "<p>Pollen.</p>"),
                "article:publish"));
        assertEquals(200, site.get("/articles/" + Slugs.fromTitle(title)).statusCode());
        var list = editor.submit(editor.page(path), "manage", Map.of(), "manage:delete");
        assertEquals(
                "Deleted \u201c" + title + "\u201d.",
                list.selectFirst(".ui-messages-info").text());
        assertEquals(404, site.get("/articles/" + Slugs.fromTitle(title)).statusCode());
        assertTrue(Staff.signedInAdmin(base).page("/admin/audit").select("#audit\\:events tr").stream()
                .anyMatch(row ->
                        row.text().contains("Article deleted") && row.text().contains(title)));
    }

    @Test
    void previewsAndTheEditorAreForSignedInStaffOnly() {
        var anonymous = new AdminClient(base);
        for (var path : List.of(
                "/admin/articles/preview?id=1",
                "/admin/articles/edit?id=1",
                "/admin/articles/revisions?id=1",
                "/admin/media")) {
            var response = anonymous.get(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").contains("/login"), path);
        }
    }

    @Test
    void theDashboardAndTheArticleListShowDraftsReviewsDueAndFilter() {
        var editor = signedInEditor();
        var word = uniqueWord();
        var values = articleValues("Draft about " + word, "<p>Body.</p>");
        values.put(
                "article:reviewDueOn",
                LocalDateTime.now(CLINIC).minusDays(1).toLocalDate().toString());
        editor.submit(editor.page("/admin/articles/edit"), "article", values, "article:save");
        var dashboard = editor.page("/admin/");
        assertTrue(dashboard
                .select("#article-work section:has(#drafts-heading) a")
                .eachText()
                .contains("Draft about " + word));
        assertTrue(
                dashboard
                        .select("#article-work section:has(#due-heading) a")
                        .eachText()
                        .contains("Draft about " + word),
                "its medical review is due");
        var list = editor.page("/admin/articles");
        assertTrue(list.select("#list\\:articles a")
                .eachText()
                .contains("The Benefits of Acupuncture for Back Pain: " + "A Holistic Approach to Relief"));
        var filtered = editor.submit(list, "list", Map.of("list:title", word, "list:status", "DRAFT"), "list:filter");
        assertEquals(
                List.of("Draft about " + word),
                filtered.select("#list\\:articles a").eachText());
    }

    @Test
    void inABrowserAnEditorWritesAndPublishesAnArticleThenTwoSessionsConflict() throws IOException {
        var editorName = Staff.create(Staff.signedInAdmin(base), "browser", "EDITOR");
        var word = uniqueWord();
        var title = "Ear Seeds for Sleep " + word;
        var imageFile = Files.createTempFile("hero-", ".jpg");
        Files.write(imageFile, TestImages.jpeg(1000, 600));
        try (var browser = Browser.start();
                var other = Browser.start()) {
            var driver = browser.driver();
            driver.get(base.resolve("/admin/media").toString());
            signIn(driver, editorName, Staff.PASSWORD);
            browser.assertAccessible("media library", Browser.Impact.SERIOUS_OR_CRITICAL);
            driver.findElement(By.id("upload:file")).sendKeys(imageFile.toString());
            driver.findElement(By.id("upload:alt")).sendKeys("Tiny seeds taped to points on an ear");
            driver.findElement(By.id("upload:send")).click();
            assertTrue(driver.findElement(By.cssSelector(".ui-messages-info"))
                    .getText()
                    .contains("Added"));

            driver.get(base.resolve("/admin/articles").toString());
            browser.assertAccessible("article list", Browser.Impact.SERIOUS_OR_CRITICAL);
            driver.findElement(By.linkText("Write an article")).click();
            browser.assertAccessible("editor", Browser.Impact.SERIOUS_OR_CRITICAL);
            driver.findElement(By.id("article:title")).sendKeys(title);
            driver.findElement(By.id("article:summary")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("article:slug"), "value", Slugs.fromTitle(title)));
            driver.findElement(By.id("article:summary")).sendKeys("Small seeds on ear points help some people sleep.");
            driver.findElement(By.cssSelector("#article\\:body .ql-editor"))
                    .sendKeys("Ear seeds press gently on " + "points linked to rest.");
            driver.findElement(By.id("article:author")).sendKeys("Dr. Lena Park, L.Ac.");
            driver.findElement(By.xpath("//label[normalize-space()='Sciatica']"))
                    .click();
            new Select(driver.findElement(By.id("article:hero")))
                    .selectByVisibleText(imageFile.getFileName() + ": Tiny seeds taped to points on an ear");
            addReference(driver, 0, "A reference removed again", "https://example.org/removed");
            addReference(driver, 1, "Auricular acupressure for insomnia", "10.1016/j.ctim.2015.01.009");
            driver.findElement(By.id("article:references:1:up")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(
                            By.id("article:references:0:title"), "value", "Auricular acupressure for insomnia"));
            driver.findElement(By.id("article:references:1:remove")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".reference-row"), 1));
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
            browser.screenshot("article-editor");
            driver.findElement(By.id("article:publish")).click();
            assertTrue(driver.findElement(By.cssSelector(".ui-messages-info"))
                    .getText()
                    .contains("Published"));

            driver.get(base.resolve("/articles").toString());
            driver.findElement(By.linkText(title)).click();
            assertEquals(title, driver.findElement(By.tagName("h1")).getText());
            assertEquals(
                    "Tiny seeds taped to points on an ear",
                    driver.findElement(By.cssSelector("img.hero")).getAttribute("alt"));
            assertEquals(
                    List.of("https://doi.org/10.1016/j.ctim.2015.01.009"),
                    driver.findElements(By.cssSelector(".references a")).stream()
                            .map(a -> a.getAttribute("href"))
                            .toList());
            assertTrue(driver.findElement(By.cssSelector(".chips")).getText().contains("Sciatica"));

            driver.get(base.resolve("/admin/articles").toString());
            driver.findElement(By.linkText(title)).click();
            var editUrl = driver.getCurrentUrl();
            var otherDriver = other.driver();
            otherDriver.get(editUrl);
            signIn(otherDriver, Staff.ADMIN, Staff.adminPassword());
            otherDriver.get(editUrl);

            var mine = driver.findElement(By.id("article:title"));
            mine.clear();
            mine.sendKeys("Ear Seeds and Sleep " + word);
            driver.findElement(By.id("article:save")).click();
            assertTrue(driver.findElement(By.cssSelector(".ui-messages-info"))
                    .getText()
                    .contains("Saved"));

            var theirs = otherDriver.findElement(By.id("article:title"));
            theirs.clear();
            theirs.sendKeys("Sleeping Better with Ear Seeds " + word);
            otherDriver.findElement(By.id("article:save")).click();
            var conflict = otherDriver
                    .findElement(By.cssSelector(".ui-messages-error"))
                    .getText();
            assertTrue(conflict.contains("was changed by " + editorName), conflict);
            assertEquals(
                    "Sleeping Better with Ear Seeds " + word,
                    otherDriver.findElement(By.id("article:title")).getAttribute("value"),
                    "their text stays");
        } finally {
            Files.deleteIfExists(imageFile);
        }
    }

    /** Adds reference number {@code index + 1} with the editor's ajax button and types it in. */
    private static void addReference(WebDriver driver, int index, String title, String location) {
        driver.findElement(By.id("article:addReference")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("article:references:" + index + ":title")));
        driver.findElement(By.id("article:references:" + index + ":title")).sendKeys(title);
        driver.findElement(By.id("article:references:" + index + ":location")).sendKeys(location);
    }

    private static void signIn(WebDriver driver, String username, String password) {
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:signIn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String lastUsername;

    /** A new editor (not an administrator), signed in. */
    private AdminClient signedInEditor() {
        lastUsername = Staff.create(Staff.signedInAdmin(base), "writer", "EDITOR");
        var editor = new AdminClient(base);
        editor.signIn(lastUsername, Staff.PASSWORD);
        return editor;
    }

    private static Map<String, String> articleValues(String title, String bodyHtml) {
        var values = new HashMap<String, String>();
        values.put("article:title", title);
        values.put("article:slug", "");
        values.put("article:summary", "A short summary of " + title + ".");
        values.put("article:body_input", bodyHtml);
        values.put("article:author", "Dr. Lena Park, L.Ac.");
        return values;
    }

    private static String conditionId(Document form, String name) {
        return form.select("input[name='article:conditions']").stream()
                .filter(box ->
                        form.selectFirst("label[for='" + box.id() + "']").text().equals(name))
                .findFirst()
                .orElseThrow()
                .val();
    }

    /** The editor's address of the article a save or publish came back to. */
    private static String editPath(Document page) {
        var location = URI.create(page.location());
        assertEquals("/admin/articles/edit", location.getPath(), page.text());
        return location.getPath() + "?" + location.getQuery();
    }

    private static String fieldMessage(Document page, String inputId) {
        return page.select(".field:has([id='" + inputId + "']) .ui-message").text();
    }

    /** Letters only, so search takes it as one word. */
    private static String uniqueWord() {
        var random = new Random();
        var word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
