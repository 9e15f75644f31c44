package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.support.Browser;
import org.meridian.support.Browser.Impact;
import org.meridian.support.ContactFormClient;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.DeployedWarTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A patient in headless Chromium asks for an appointment from an article, fixes a mistake, and gets a reference. */
@DatabaseIndependent
class ContactBrowserIT extends DeployedWarTest {

    @Test
    void patientRequestsAnAppointmentFromAnArticleAndFixesABadPhoneNumber() throws Exception {
        // Tall enough for the whole form in one screenshot.
        try (var browser = Browser.start(1280, 1600)) {
            var driver = browser.driver();
            driver.get(base + "articles/treating-sciatica-pain-with-acupuncture");
            driver.findElement(By.linkText("Request an appointment")).click();

            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches("/contact\\?condition=sciatica$"));
            assertEquals("sciatica", new Select(driver.findElement(By.id("condition"))).getFirstSelectedOption()
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
            assertEquals(List.of("Please enter a phone number with its area code, for example (916) 555-0100."),
                    driver.findElements(By.cssSelector(".error-summary li")).stream().map(li -> li.getText()).toList());
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
            assertEquals("Thank you, your request was sent", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.className("reference")).getText().matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
            browser.assertAccessible("confirmation", Impact.SERIOUS_OR_CRITICAL);
            browser.screenshot("contact-confirmation");
            assertTrue(driver.manage().getCookies().isEmpty(), "no cookie: " + driver.manage().getCookies());
        }
    }
}
