package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {

    @Test
    void acceptsTheDefaults() throws IOException {
        assertEquals(List.of(), problemsWith(Map.of()));
    }

    @Test
    void namesTheSettingAndItsEnvironmentVariableForANegativeRetentionPeriod() throws IOException {
        var problems = problemsWith(Map.of("meridian.contact.retention-days", "-1"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.contact.retention-days (MERIDIAN_CONTACT_RETENTION_DAYS)"));
        assertTrue(problems.get(0).contains("'-1'"));
    }

    @Test
    void refusesZeroAndNonNumbersForIntervals() throws IOException {
        assertEquals(
                2,
                problemsWith(Map.of(
                                "meridian.contact.purge-interval-seconds", "0", "meridian.mail.poll-seconds", "often"))
                        .size());
    }

    @Test
    void refusesAZeroLockOutAndANegativeMinimumFormTimeButTakesAMinimumOfZero() throws IOException {
        var problems =
                problemsWith(Map.of("meridian.login.lockout-minutes", "0", "meridian.contact.min-seconds", "-1"));
        assertEquals(2, problems.size());
        assertTrue(
                problems.contains(
                        "meridian.login.lockout-minutes (MERIDIAN_LOGIN_LOCKOUT_MINUTES) must be a whole number above 0, not '0'"));
        assertTrue(problems.contains("meridian.contact.min-seconds (MERIDIAN_CONTACT_MIN_SECONDS) must be a whole "
                + "number of 0 or more, not '-1'"));
        assertEquals(List.of(), problemsWith(Map.of("meridian.contact.min-seconds", "0")));
    }

    @Test
    void refusesABaseUrlThatIsNotHttpAndAnUnknownTimeZone() throws IOException {
        var problems = problemsWith(
                Map.of("meridian.base-url", "ftp://clinic.example", "meridian.time-zone", "Mars/Olympus_Mons"));
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.base-url"));
        assertTrue(problems.get(1).startsWith("meridian.time-zone"));
    }

    @Test
    void wantsRequestsLargerThanTheLargestUpload() throws IOException {
        var problems = problemsWith(Map.of("meridian.request.max-kb", "4096"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.request.max-kb"));
    }

    @Test
    void wantsATwoFactorKeyLongEnoughNotToBeGuessed() throws IOException {
        var problems = problemsWith(Map.of("meridian.security.totp-key", "short"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.security.totp-key"));
        assertEquals(List.of(), problemsWith(Map.of("meridian.security.totp-key", "a-long-enough-secret-key")));
    }

    @Test
    void refusesAFirstAdministratorPasswordThePolicyRefusesWithoutRepeatingIt() throws IOException {
        var problems = problemsWith(Map.of("meridian.admin.password", "Password2024!"));
        assertEquals(
                List.of("meridian.admin.password (MERIDIAN_ADMIN_PASSWORD) is not an acceptable password: This "
                        + "password is too common: it is among the first that attackers try."),
                problems);
        assertEquals(List.of(), problemsWith(Map.of("meridian.admin.password", "Quokka-lantern-orbit-42")));
    }

    /** The WAR's own defaults with these settings changed, as an operator would. */
    private static List<String> problemsWith(Map<String, String> overrides) throws IOException {
        var settings = new Properties();
        try (var defaults =
                ConfigurationCheckTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            settings.load(defaults);
        }
        settings.putAll(overrides);
        return ConfigurationCheck.problems(key -> Optional.ofNullable(settings.getProperty(key)));
    }
}
