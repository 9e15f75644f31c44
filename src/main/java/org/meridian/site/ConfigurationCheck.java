package org.meridian.site;

import static jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.meridian.seo.SiteUrls;
import org.meridian.system.DatabaseStartupCheck;
import org.meridian.system.StartupHalt;
import org.meridian.twofactor.TotpSecrets;
import org.meridian.web.Networks;

/**
 * Checks the operator's settings before anything uses them. A wrong value stops the server with one log line per
 * problem naming the setting, instead of a wall of stack traces and a half-started server answering 500s (Payara
 * Micro keeps running after a failed deployment, so stopping the process is the only way to fail clearly). A
 * database that cannot be reached is found earlier still, by {@link DatabaseStartupCheck}.
 */
@ApplicationScoped
public class ConfigurationCheck {

    void check(@Observes @Priority(PLATFORM_BEFORE - 100) Startup startup) {
        var config = ConfigProvider.getConfig();
        var problems = problems(key -> config.getOptionalValue(key, String.class));
        if (!problems.isEmpty()) {
            StartupHalt.stop(problems);
        }
    }

    /**
     * What is wrong with the settings, one sentence per setting; empty when all is well.
     *
     * @param settings the value of a key, as MicroProfile Config has it
     */
    static List<String> problems(Function<String, Optional<String>> settings) {
        var problems = new ArrayList<String>();
        var baseUrl = settings.apply("meridian.base-url").orElse("");
        try {
            SiteUrls.normalise(baseUrl);
        } catch (IllegalArgumentException e) {
            problems.add(
                    "meridian.base-url (MERIDIAN_BASE_URL) must be an http or https address, not '" + baseUrl + "'");
        }
        var zone = settings.apply("meridian.time-zone").orElse("");
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(
                    "meridian.time-zone (MERIDIAN_TIME_ZONE) must be a time zone such as America/Los_Angeles, not '"
                            + zone + "'");
        }
        for (var key : List.of(
                "meridian.content.poll-millis",
                "meridian.page-cache.max-mb",
                "meridian.request.max-kb",
                "meridian.contact.retention-days",
                "meridian.contact.purge-interval-seconds",
                "meridian.contact.rate-limit-per-hour",
                "meridian.mail.poll-seconds",
                "meridian.scheduler.period-seconds",
                "meridian.search.build-batch",
                "meridian.media.max-kb",
                "meridian.import.max-mb",
                "meridian.import.uploads-max-mb")) {
            positive(settings, key, problems);
        }
        var mediaKb = number(settings, "meridian.media.max-kb");
        var requestKb = number(settings, "meridian.request.max-kb");
        if (mediaKb > 0 && requestKb <= mediaKb) {
            problems.add("meridian.request.max-kb (MERIDIAN_REQUEST_MAX_KB) must be larger than meridian.media.max-kb "
                    + "(MERIDIAN_MEDIA_MAX_KB), or uploads of the largest images allowed are cut off");
        }
        // Two-factor sign-in: a short key would be guessed by whoever has a copy of the database.
        var totpKey = settings.apply("meridian.security.totp-key").orElse("").strip();
        if (!totpKey.isEmpty() && totpKey.length() < TotpSecrets.MIN_KEY_LENGTH) {
            problems.add("meridian.security.totp-key (MERIDIAN_SECURITY_TOTP_KEY) must have at least "
                    + TotpSecrets.MIN_KEY_LENGTH + " characters");
        }
        for (var key : List.of("meridian.admin.allowed-networks", "meridian.metrics.allowed-networks")) {
            try {
                Networks.parse(settings.apply(key).orElse(""));
            } catch (IllegalArgumentException e) {
                problems.add(key + " (" + environmentName(key) + ") must list networks such as 10.0.0.0/8, "
                        + "192.168.1.20: " + e.getMessage());
            }
        }
        return problems;
    }

    /** The setting as a number; 0 when it is not one (reported as such elsewhere). */
    private static long number(Function<String, Optional<String>> settings, String key) {
        try {
            return Long.parseLong(settings.apply(key).orElse("0").strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static void positive(Function<String, Optional<String>> settings, String key, List<String> problems) {
        var value = settings.apply(key).orElse("");
        try {
            if (Long.parseLong(value.strip()) > 0) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below like any other bad value.
        }
        problems.add(key + " (" + environmentName(key) + ") must be a whole number above 0, not '" + value + "'");
    }

    /** The environment variable that sets {@code key}: {@code meridian.db.url} is {@code MERIDIAN_DB_URL}. */
    private static String environmentName(String key) {
        return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }
}
