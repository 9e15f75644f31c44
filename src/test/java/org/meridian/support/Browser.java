package org.meridian.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for every browser test: Debian's {@code chromium} and {@code chromium-driver} packages, so
 * nothing is downloaded, with a fresh profile deleted on close. It also saves screenshots under
 * {@code target/screenshots/} and checks pages with axe-core. Close it when done.
 */
public final class Browser implements AutoCloseable {

    /** How bad an accessibility violation is, as axe-core rates it. */
    public enum Impact {
        MINOR,
        MODERATE,
        SERIOUS,
        CRITICAL;

        /** Every violation fails. */
        public static final Set<Impact> ANY = EnumSet.allOf(Impact.class);
        /** Only violations that keep people from using the page fail. */
        public static final Set<Impact> SERIOUS_OR_CRITICAL = EnumSet.of(SERIOUS, CRITICAL);
    }

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The rules axe-core checks: WCAG 2.0 and 2.1 levels A and AA, and its best practices. */
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** A browser with a desktop window, 1280 by 900. */
    public static Browser start() {
        return start(1280, 900);
    }

    /** A browser whose window is {@code width} by {@code height} CSS pixels (412 by 915 is a phone). */
    public static Browser start(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("meridian-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        // Keeps the console's messages for consoleMessages(): Chromium reports blocked scripts there.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(profile, service, driver);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves what the window shows as {@code target/screenshots/{name}.png}; answers the file. */
    public Path screenshot(String name) {
        try {
            var file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the current page and fails, listing each with where it is, if it finds a violation of one of
     * the {@code failing} impacts.
     *
     * @param page what the page is, for the failure message
     */
    public void assertAccessible(String page, Set<Impact> failing) {
        var violations = new AxeBuilder()
                .withTags(AXE_TAGS).analyze(driver).getViolations().stream()
                        .filter(rule -> rule.getImpact() == null
                                || failing.contains(
                                        Impact.valueOf(rule.getImpact().toUpperCase(Locale.ROOT))))
                        .map(Browser::describe)
                        .toList();
        assertEquals(List.of(), violations, page + ": accessibility violations of impact " + failing);
    }

    /**
     * The console messages since the last call (Chromium hands each out once), as level and text: a script or style
     * refused by the Content-Security-Policy shows up here as "Refused to ...".
     */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> node.getTarget() + " (" + node.getFailureSummary() + ")")
                        .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
