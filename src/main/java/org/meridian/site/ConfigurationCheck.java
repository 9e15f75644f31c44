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
import org.meridian.article.ArticleSettings;
import org.meridian.cache.CacheSettings;
import org.meridian.contact.ContactSettings;
import org.meridian.contact.MailSettings;
import org.meridian.content.ContentSettings;
import org.meridian.media.MediaSettings;
import org.meridian.search.SearchSettings;
import org.meridian.security.PasswordPolicy;
import org.meridian.seo.SiteUrls;
import org.meridian.signin.SignInSettings;
import org.meridian.staff.InitialAdmin;
import org.meridian.staff.StaffSettings;
import org.meridian.system.DatabaseStartupCheck;
import org.meridian.system.SiteSettings;
import org.meridian.system.StartupHalt;
import org.meridian.twofactor.TotpSecrets;
import org.meridian.twofactor.TwoFactorSettings;
import org.meridian.web.Networks;
import org.meridian.web.WebSettings;
import org.meridian.wordpress.ImportSettings;

/**
 * Checks the operator's settings before anything uses them. A wrong value stops the server with one log line per
 * problem naming the setting, instead of a wall of stack traces and a half-started server answering 500s (Payara
 * Micro keeps running after a failed deployment, so stopping the process is the only way to fail clearly). A
 * database that cannot be reached is found earlier still, by {@link DatabaseStartupCheck}. The keys are those of each
 * feature's settings class ({@link SiteSettings}, {@link ContactSettings} ...), the constants the code reads them by;
 * the values are checked as the text the operator wrote, before anything converts them.
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
        var baseUrl = settings.apply(SiteSettings.BASE_URL).orElse("");
        try {
            SiteUrls.normalise(baseUrl);
        } catch (IllegalArgumentException e) {
            problems.add(named(SiteSettings.BASE_URL) + " must be an http or https address, not '" + baseUrl + "'");
        }
        var zone = settings.apply(SiteSettings.TIME_ZONE).orElse("");
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(named(SiteSettings.TIME_ZONE) + " must be a time zone such as America/Los_Angeles, not '"
                    + zone + "'");
        }
        for (var key : List.of(
                ContentSettings.POLL_MILLIS,
                CacheSettings.MAX_MB,
                WebSettings.REQUEST_MAX_KB,
                ContactSettings.RETENTION_DAYS,
                ContactSettings.PURGE_INTERVAL_SECONDS,
                ContactSettings.RATE_LIMIT_PER_HOUR,
                MailSettings.POLL_SECONDS,
                MailSettings.RETRY_MIN_SECONDS,
                MailSettings.RETRY_MAX_SECONDS,
                SignInSettings.MAX_FAILURES,
                SignInSettings.MAX_FAILURES_PER_ADDRESS,
                SignInSettings.LOCKOUT_MINUTES,
                ArticleSettings.SCHEDULER_PERIOD_SECONDS,
                SearchSettings.BUILD_BATCH,
                MediaSettings.MAX_KB,
                ImportSettings.MAX_MB,
                ImportSettings.UPLOADS_MAX_MB)) {
            whole(settings, key, 1, problems);
        }
        // Zero turns the robot check off, which a test or a trial set-up may want.
        whole(settings, ContactSettings.MIN_SECONDS, 0, problems);
        var mediaKb = number(settings, MediaSettings.MAX_KB);
        var requestKb = number(settings, WebSettings.REQUEST_MAX_KB);
        if (mediaKb > 0 && requestKb <= mediaKb) {
            problems.add(named(WebSettings.REQUEST_MAX_KB) + " must be larger than " + named(MediaSettings.MAX_KB)
                    + ", or uploads of the largest images allowed are cut off");
        }
        // Two-factor sign-in: a short key would be guessed by whoever has a copy of the database.
        var totpKey = settings.apply(TwoFactorSettings.TOTP_KEY).orElse("").strip();
        if (!totpKey.isEmpty() && totpKey.length() < TotpSecrets.MIN_KEY_LENGTH) {
            problems.add(named(TwoFactorSettings.TOTP_KEY) + " must have at least " + TotpSecrets.MIN_KEY_LENGTH
                    + " characters");
        }
        // The first administrator's password, refused here rather than by a deployment that fails and leaves the
        // server answering 500s. The password itself is never written into the message.
        settings.apply(StaffSettings.ADMIN_PASSWORD)
                .flatMap(password -> new PasswordPolicy().problem(password, InitialAdmin.USERNAME))
                .ifPresent(problem -> problems.add(
                        named(StaffSettings.ADMIN_PASSWORD) + " is not an acceptable password: " + problem));
        for (var key : List.of(WebSettings.ADMIN_ALLOWED_NETWORKS, WebSettings.METRICS_ALLOWED_NETWORKS)) {
            try {
                Networks.parse(settings.apply(key).orElse(""));
            } catch (IllegalArgumentException e) {
                problems.add(named(key) + " must list networks such as 10.0.0.0/8, 192.168.1.20: " + e.getMessage());
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

    private static void whole(
            Function<String, Optional<String>> settings, String key, long least, List<String> problems) {
        var value = settings.apply(key).orElse("");
        try {
            if (Long.parseLong(value.strip()) >= least) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below like any other bad value.
        }
        var range = least > 0 ? "above " + (least - 1) : "of " + least + " or more";
        problems.add(named(key) + " must be a whole number " + range + ", not '" + value + "'");
    }

    /** The key as operators know it, with its environment variable: "meridian.db.url (MERIDIAN_DB_URL)". */
    private static String named(String key) {
        return key + " (" + SiteSettings.environmentVariable(key) + ")";
    }
}
