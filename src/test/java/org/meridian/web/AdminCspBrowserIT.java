package org.meridian.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.meridian.support.AdminClient;
import org.meridian.support.Browser;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console under its enforced Content-Security-Policy: scripts only from the site itself or carrying the
 * response's nonce, no inline handlers, no eval. Headless Chromium opens the main pages and reports any script the
 * policy refused; an ajax action must still work. Public pages keep their one script-free policy.
 */
@DatabaseIndependent
class AdminCspBrowserIT extends DeployedWarTest {

    private static final String POLICY = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    @Test
    void consolePagesSendOneNoncePolicyWithoutUnsafeScriptSources() {
        var admin = Staff.signedInAdmin(base);
        var nonces = new ArrayList<String>();
        for (var path : List.of("/login", "/admin/", "/admin/articles/edit", "/admin/requests")) {
            var response = path.equals("/login") ? new AdminClient(base).get(path) : admin.get(path);
            assertEquals(200, response.statusCode(), path);
            var policies = response.headers().allValues(POLICY);
            assertEquals(1, policies.size(), path + " sends exactly one policy: " + policies);
            var policy = policies.get(0);
            var scriptSrc = directive(policy, "script-src");
            assertFalse(scriptSrc.contains("'unsafe-inline'") || scriptSrc.contains("'unsafe-eval'"), policy);
            for (var required : List.of("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'")) {
                assertTrue(policy.contains(required), path + " policy has " + required + ": " + policy);
            }
            var nonce = NONCE.matcher(scriptSrc);
            assertTrue(nonce.find(), path + " allows scripts by nonce: " + policy);
            assertTrue(response.body().contains("nonce=\"" + nonce.group(1) + "\""), path + " scripts carry it");
            assertFalse(
                    response.body().matches("(?s).*<[^>]+\\son(click|change|submit|load|keyup)=.*"),
                    path + " has no inline event handler");
            nonces.add(nonce.group(1));
        }
        assertEquals(nonces.size(), nonces.stream().distinct().count(), "a new nonce per response: " + nonces);
    }

    @Test
    void publicPagesKeepTheirOneScriptFreePolicy() {
        var visitor = new AdminClient(base);
        for (var path : List.of("/", "/articles", "/conditions/sciatica", "/contact", "/no-such-page")) {
            visitor.get(path);
            // The second answer comes from the page cache, rendered for the first visitor.
            HttpResponse<String> response = visitor.get(path);
            var policies = response.headers().allValues(POLICY);
            assertEquals(List.of(SecurityHeaders.PUBLIC_POLICY), policies, path);
            // JSON-LD is data in a script element, never run.
            assertEquals(
                    List.of(),
                    Jsoup.parse(response.body()).select("script:not([type=application/ld+json])").stream()
                            .map(Element::outerHtml)
                            .toList(),
                    path + " has no script");
            assertFalse(response.body().contains(" onclick=") || response.body().contains("javascript:"), path);
            assertEquals(
                    List.of(),
                    Jsoup.parse(response.body()).select("[nonce]").stream()
                            .map(Element::outerHtml)
                            .toList(),
                    path + " hands no console nonce to the next visitor");
        }
    }

    @Test
    void theMainConsolePagesRunWithoutAnyScriptRefusedAndAjaxWorks() {
        try (var browser = Browser.start()) {
            var driver = browser.driver();
            driver.get(base.resolve("/login").toString());
            signInAsAdmin(driver);
            var refused = new ArrayList<String>(refusals(browser, "/login"));
            for (var path : List.of(
                    "/admin/",
                    "/admin/articles",
                    "/admin/media",
                    "/admin/users",
                    "/admin/requests",
                    "/admin/clinic",
                    "/admin/articles/edit")) {
                driver.get(base.resolve(path).toString());
                assertEquals(
                        Boolean.TRUE,
                        ((JavascriptExecutor) driver).executeScript("return !!(window.PrimeFaces && PrimeFaces.csp)"),
                        path + ": PrimeFaces runs in CSP mode");
                refused.addAll(refusals(browser, path));
            }
            // Still on the article editor: its rich-text editor started, and an ajax button updates the page.
            assertTrue(
                    driver.findElement(By.cssSelector("#article\\:body .ql-editor"))
                            .isDisplayed(),
                    "the rich-text editor started");
            var referencesBefore = referenceFields(driver);
            driver.findElement(By.id("article:addReference")).click();
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.numberOfElementsToBe(
                            By.cssSelector("input[id$=':location']"), referencesBefore + 1));
            refused.addAll(refusals(browser, "/admin/articles/edit after ajax"));
            assertEquals(List.of(), refused, "scripts or styles refused by the Content-Security-Policy");
        }
    }

    private static int referenceFields(WebDriver driver) {
        return driver.findElements(By.cssSelector("input[id$=':location']")).size();
    }

    private static List<String> refusals(Browser browser, String page) {
        return browser.consoleMessages().stream()
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .map(message -> page + ": " + message)
                .toList();
    }

    private static void signInAsAdmin(WebDriver driver) {
        driver.findElement(By.id("login:username")).sendKeys(Staff.ADMIN);
        driver.findElement(By.id("login:password")).sendKeys(Staff.adminPassword());
        driver.findElement(By.id("login:signIn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertNotEquals(-1, driver.getCurrentUrl().indexOf("/admin"), "signed in");
    }

    private static String directive(String policy, String name) {
        for (var part : policy.split(";")) {
            if (part.trim().startsWith(name + " ")) {
                return part.trim();
            }
        }
        throw new AssertionError("no " + name + " in " + policy);
    }
}
