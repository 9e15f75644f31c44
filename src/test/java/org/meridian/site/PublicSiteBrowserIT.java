package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.support.Browser;
import org.meridian.support.Browser.Impact;
import org.meridian.support.ContactFormClient;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.UntouchedDemoContent;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public site in a real browser (headless Chromium, at phone size where it matters): a patient's journey, an
 * appointment request with a mistake fixed on the way, and accessibility.
 */
@DatabaseIndependent
@UntouchedDemoContent
class PublicSiteBrowserIT extends DeployedWarTest {

    private static final int PHONE_WIDTH = 412;
    private static final int PHONE_HEIGHT = 915;

    @Test
    void publicPagesHaveNoAccessibilityViolations() {
        try (var chromium = Browser.start(PHONE_WIDTH, PHONE_HEIGHT)) {
            var browser = chromium.driver();
            for (var path : List.of(
                    "/",
                    "/articles",
                    "/articles?condition=back-pain&condition=sciatica",
                    "/conditions",
                    "/conditions/sciatica",
                    "/articles/benefits-of-acupuncture-for-back-pain",
                    "/search?q=sciatic+nerve",
                    "/search?q=nothing-matches-this",
                    "/contact",
                    "/no-such-page")) {
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
            assertEquals(
                    "Meridian Acupuncture Clinic",
                    browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("header a.call"))
                    .getText()
                    .contains("(916) 742-4001"));
            chromium.screenshot("home");

            browser.findElement(By.linkText("Articles")).click();
            assertEquals(
                    "Article library", browser.findElement(By.tagName("h1")).getText());
            assertEquals(
                    "3 articles",
                    browser.findElement(By.cssSelector(".results-count")).getText());

            browser.findElement(By.cssSelector("input[name=condition][value=sciatica]"))
                    .click();
            browser.findElement(By.cssSelector("form.filter button[type=submit]"))
                    .click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("condition="));
            assertTrue(browser.getCurrentUrl().endsWith("/articles?condition=sciatica"), browser.getCurrentUrl());
            assertEquals(
                    "2 articles about Sciatica",
                    browser.findElement(By.cssSelector(".results-count")).getText());
            var titles = browser.findElements(By.cssSelector("article.card h3")).stream()
                    .map(e -> e.getText())
                    .toList();
            assertTrue(titles.contains("Treating Sciatica Pain with Acupuncture"), titles.toString());
            assertTrue(!titles.contains("Acupuncture for Chronic Back Pain"), titles.toString());
            chromium.screenshot("library-sciatica");

            browser.findElement(By.linkText("The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief"))
                    .click();
            assertEquals(
                    "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief",
                    browser.findElement(By.tagName("h1")).getText());
            var benefits = browser.findElements(By.cssSelector(".body h3"));
            assertEquals(7, benefits.size());
            assertTrue(
                    browser.findElement(By.cssSelector(".reviewed")).getText().startsWith("Medically reviewed by"));
            var screenshot = chromium.screenshot("article");
            assertTrue(Files.size(screenshot) > 10_000, "a screenshot with content");

            browser.findElement(By.linkText("Contact/Schedule")).click();
            assertEquals(
                    "Contact and appointments",
                    browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("main a.call"))
                    .getAttribute("href")
                    .startsWith("tel:"));
            assertTrue(browser.findElement(By.cssSelector(".emergency-notice"))
                    .getText()
                    .contains("911"));
            chromium.screenshot("contact");
        }
    }

    @Test
    void patientRequestsAnAppointmentFromAnArticleAndFixesABadPhoneNumber() throws Exception {
        // Tall enough for the whole form in one screenshot.
        try (var browser = Browser.start(1280, 1600)) {
            var driver = browser.driver();
            driver.get(base + "articles/treating-sciatica-pain-with-acupuncture");
            driver.findElement(By.linkText("Request an appointment")).click();

            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches("/contact\\?condition=sciatica$"));
            assertEquals(
                    "sciatica",
                    new Select(driver.findElement(By.id("condition")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            browser.assertAccessible("contact form", Impact.SERIOUS_OR_CRITICAL);

            driver.findElement(By.id("name")).sendKeys("Lucia Moreno");
            driver.findElement(By.id("phone")).sendKeys("555-01");
            driver.findElement(By.cssSelector("label[for='contactMethod:0']")).click();
            driver.findElement(By.id("preferredTimes")).sendKeys("Tuesday afternoon");
            driver.findElement(By.cssSelector("label[for='patientType:0']")).click();
            driver.findElement(By.id("message")).sendKeys("Happy to come in any weekday.");
            driver.findElement(By.id("consent")).click();
            Thread.sleep(ContactFormClient.HUMAN_PAUSE.toMillis());
            driver.findElement(By.id("send")).click();

            assertTrue(driver.findElement(By.id("phone-error")).getText().startsWith("Please enter a phone number"));
            assertEquals("true", driver.findElement(By.id("phone")).getAttribute("aria-invalid"));
            assertEquals(
                    List.of("Please enter a phone number with its area code, for example (916) 555-0100."),
                    driver.findElements(By.cssSelector(".error-summary li")).stream()
                            .map(li -> li.getText())
                            .toList());
            assertEquals("Lucia Moreno", driver.findElement(By.id("name")).getAttribute("value"));
            browser.assertAccessible("form with an error", Impact.SERIOUS_OR_CRITICAL);
            browser.screenshot("contact-form-error");

            driver.findElement(By.cssSelector(".error-summary a")).click();
            var phone = driver.findElement(By.id("phone"));
            assertEquals(phone, driver.switchTo().activeElement(), "the summary link takes the patient to the field");
            phone.clear();
            phone.sendKeys("(916) 555-0188");
            Thread.sleep(ContactFormClient.HUMAN_PAUSE.toMillis());
            driver.findElement(By.id("send")).click();

            // The click returns before the browser has followed the redirect to the confirmation.
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches(".*/contact/sent\\?ref=[A-Z0-9]{4}-[A-Z0-9]{4}$"));
            assertEquals(
                    "Thank you, your request was sent",
                    driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.className("reference")).getText().matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
            browser.assertAccessible("confirmation", Impact.SERIOUS_OR_CRITICAL);
            browser.screenshot("contact-confirmation");
            assertTrue(
                    driver.manage().getCookies().isEmpty(),
                    "no cookie: " + driver.manage().getCookies());
        }
    }
}
