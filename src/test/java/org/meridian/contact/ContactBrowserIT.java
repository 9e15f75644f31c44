package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.support.ContactBrowser;
import org.meridian.support.ContactFormClient;
import org.meridian.support.FreshDatabase;
import org.meridian.support.MeridianDeployment;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** A patient in headless Chromium asks for an appointment from an article, fixes a mistake, and gets a reference. */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
@RunAsClient
class ContactBrowserIT {

    @ArquillianResource
    private URL base;

    @Deployment
    static WebArchive deployment() {
        return MeridianDeployment.war();
    }

    @Test
    void patientRequestsAnAppointmentFromAnArticleAndFixesABadPhoneNumber() throws Exception {
        try (var browser = new ContactBrowser()) {
            var driver = browser.driver();
            driver.get(base + "articles/treating-sciatica-pain-with-acupuncture");
            driver.findElement(By.linkText("Request an appointment")).click();

            assertTrue(driver.getCurrentUrl().endsWith("/contact?condition=sciatica"), driver.getCurrentUrl());
            assertEquals("sciatica", new Select(driver.findElement(By.id("condition"))).getFirstSelectedOption()
                    .getAttribute("value"));
            assertNoSeriousViolations(driver, "contact form");

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
            assertNoSeriousViolations(driver, "form with an error");
            screenshot(driver, "contact-form-error.png");

            driver.findElement(By.cssSelector(".error-summary a")).click();
            var phone = driver.findElement(By.id("phone"));
            assertEquals(phone, driver.switchTo().activeElement(), "the summary link takes the patient to the field");
            phone.clear();
            phone.sendKeys("(916) 555-0188");
            Thread.sleep(ContactFormClient.HUMAN_PAUSE.toMillis());
            driver.findElement(By.id("send")).click();

            assertTrue(driver.getCurrentUrl().matches(".*/contact/sent\\?ref=[A-Z0-9]{4}-[A-Z0-9]{4}"),
                    driver.getCurrentUrl());
            assertEquals("Thank you, your request was sent", driver.findElement(By.tagName("h1")).getText());
            assertTrue(driver.findElement(By.className("reference")).getText().matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
            assertNoSeriousViolations(driver, "confirmation");
            screenshot(driver, "contact-confirmation.png");
            assertTrue(driver.manage().getCookies().isEmpty(), "no cookie: " + driver.manage().getCookies());
        }
    }

    private static void assertNoSeriousViolations(WebDriver driver, String page) {
        var violations = new AxeBuilder().analyze(driver).getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Rule::getId)
                .toList();
        assertEquals(List.of(), violations, page + ": serious or critical accessibility violations");
    }

    private static void screenshot(WebDriver driver, String name) throws Exception {
        var shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
