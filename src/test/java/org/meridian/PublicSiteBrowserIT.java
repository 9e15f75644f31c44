package org.meridian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.support.Browser;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.DeployedWarTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public site in a real browser (headless Chromium at phone size): a patient's journey, and accessibility. */
@DatabaseIndependent
class PublicSiteBrowserIT extends DeployedWarTest {

    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 915;

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        try (var chromium = Browser.start(PHONE_WIDTH, PHONE_HEIGHT)) {
            var browser = chromium.driver();
            for (var path : List.of("/", "/articles", "/articles?condition=back-pain&condition=sciatica",
                    "/conditions", "/conditions/sciatica", "/articles/benefits-of-acupuncture-for-back-pain",
                    "/search?q=sciatic+nerve", "/search?q=nothing-matches-this", "/contact", "/no-such-page")) {
                browser.get(base.toString().replaceAll("/$", "") + path);
                chromium.assertAccessible(path, Browser.Impact.ANY);
            }
        }
    }

    @Test
    void patientFindsTheSciaticaArticlesReadsOneAndReachesContact() throws Exception {
        try (var chromium = Browser.start(PHONE_WIDTH, PHONE_HEIGHT)) {
            var browser = chromium.driver();
            browser.get(base.toString());
            assertEquals("Meridian Acupuncture Clinic", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("header a.call")).getText().contains("(916) 742-4001"));
            chromium.screenshot("home");

            browser.findElement(By.linkText("Articles")).click();
            assertEquals("Article library", browser.findElement(By.tagName("h1")).getText());
            assertEquals("3 articles", browser.findElement(By.cssSelector(".results-count")).getText());

            browser.findElement(By.cssSelector("input[name=condition][value=sciatica]")).click();
            browser.findElement(By.cssSelector("form.filter button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("condition="));
            assertTrue(browser.getCurrentUrl().endsWith("/articles?condition=sciatica"), browser.getCurrentUrl());
            assertEquals("2 articles about Sciatica", browser.findElement(By.cssSelector(".results-count")).getText());
            var titles = browser.findElements(By.cssSelector("article.card h3")).stream().map(e -> e.getText()).toList();
            assertTrue(titles.contains("Treating Sciatica Pain with Acupuncture"), titles.toString());
            assertTrue(!titles.contains("Acupuncture for Chronic Back Pain"), titles.toString());
            chromium.screenshot("library-sciatica");

            browser.findElement(By.linkText("The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief")).click();
            assertEquals("The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief",
                    browser.findElement(By.tagName("h1")).getText());
            var benefits = browser.findElements(By.cssSelector(".body h3"));
            assertEquals(7, benefits.size());
            assertTrue(browser.findElement(By.cssSelector(".reviewed")).getText().startsWith("Medically reviewed by"));
            var screenshot = chromium.screenshot("article");
            assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content");

            browser.findElement(By.linkText("Contact/Schedule")).click();
            assertEquals("Contact and appointments", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("main a.call")).getAttribute("href").startsWith("tel:"));
            assertTrue(browser.findElement(By.cssSelector(".emergency-notice")).getText().contains("911"));
            chromium.screenshot("contact");
        }
    }
}
