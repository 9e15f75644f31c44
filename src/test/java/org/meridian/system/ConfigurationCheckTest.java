package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigurationCheckTest {

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("meridian.base-url", "https://clinic.example"),
            Map.entry("meridian.time-zone", "America/Los_Angeles"),
            Map.entry("meridian.content.poll-millis", "500"),
            Map.entry("meridian.page-cache.max-mb", "32"),
            Map.entry("meridian.request.max-kb", "12288"),
            Map.entry("meridian.contact.retention-days", "90"),
            Map.entry("meridian.contact.purge-interval-seconds", "3600"),
            Map.entry("meridian.contact.rate-limit-per-hour", "5"),
            Map.entry("meridian.mail.poll-seconds", "30"),
            Map.entry("meridian.scheduler.period-seconds", "30"),
            Map.entry("meridian.media.max-kb", "5120"));

    @Test
    void acceptsTheDefaults() {
        assertEquals(List.of(), problemsWith(Map.of()));
    }

    @Test
    void namesTheSettingAndItsEnvironmentVariableForANegativeRetentionPeriod() {
        var problems = problemsWith(Map.of("meridian.contact.retention-days", "-1"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.contact.retention-days (MERIDIAN_CONTACT_RETENTION_DAYS)"));
        assertTrue(problems.get(0).contains("'-1'"));
    }

    @Test
    void refusesZeroAndNonNumbersForIntervals() {
        assertEquals(2, problemsWith(Map.of("meridian.contact.purge-interval-seconds", "0",
                "meridian.mail.poll-seconds", "often")).size());
    }

    @Test
    void refusesABaseUrlThatIsNotHttpAndAnUnknownTimeZone() {
        var problems = problemsWith(Map.of("meridian.base-url", "ftp://clinic.example",
                "meridian.time-zone", "Mars/Olympus_Mons"));
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.base-url"));
        assertTrue(problems.get(1).startsWith("meridian.time-zone"));
    }

    @Test
    void wantsRequestsLargerThanTheLargestUpload() {
        var problems = problemsWith(Map.of("meridian.request.max-kb", "4096"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("meridian.request.max-kb"));
    }

    private static List<String> problemsWith(Map<String, String> overrides) {
        var settings = new HashMap<>(DEFAULTS);
        settings.putAll(overrides);
        return ConfigurationCheck.problems(key -> Optional.ofNullable(settings.get(key)));
    }
}
