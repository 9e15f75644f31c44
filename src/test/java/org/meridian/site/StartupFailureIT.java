package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SelfContained;

/**
 * The site started as ops start it with a setting that cannot work: the process ends on its own with exit code 78
 * and one log line naming the setting, before anything answers, and without a wall of stack traces.
 */
@SelfContained
class StartupFailureIT {

    private static final int EXIT_MISCONFIGURED = org.meridian.system.StartupHalt.EXIT_MISCONFIGURED;

    @TempDir
    Path dataDir;

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneLineNamingTheSetting() throws Exception {
        // A port nobody listens on: PostgreSQL "down" at start. The URL, user and password are all an operator sets:
        // the data source class follows from the URL.
        var output = refusedStart(
                "unreachable-database.log",
                Map.of(
                        "MERIDIAN_DB_URL",
                        "jdbc:postgresql://127.0.0.1:" + PayaraMicroProcess.freePort() + "/meridian",
                        "MERIDIAN_DB_USER",
                        "meridian",
                        "MERIDIAN_DB_PASSWORD",
                        "not-used-here"));

        assertTrue(
                output.contains("Configuration error: the database at meridian.db.url (MERIDIAN_DB_URL) cannot be "
                        + "reached: Connection refused"),
                output);
    }

    @Test
    void aDatabaseTheSiteHasNoDriverForStopsTheStartNamingTheUrlSetting() throws Exception {
        var output = refusedStart(
                "unknown-database.log",
                Map.of("MERIDIAN_DB_URL", "jdbc:mysql://127.0.0.1:3306/meridian?password=secret"));

        assertTrue(
                output.contains("Configuration error: meridian.db.url (MERIDIAN_DB_URL) must start with jdbc:h2: or "
                        + "jdbc:postgresql:, not 'jdbc:mysql://...'"),
                output);
        assertFalse(output.contains("secret"), "the URL's credentials in the log");
    }

    @Test
    void aNegativeRetentionAndAWrongNetworkStopTheStartWithOneLineEachNamingTheSetting() throws Exception {
        var output = refusedStart(
                "wrong-settings.log",
                Map.of(
                        "MERIDIAN_CONTACT_RETENTION_DAYS",
                        "-5",
                        "MERIDIAN_ADMIN_ALLOWED_NETWORKS",
                        "10.0.0.0/8, office"));

        assertTrue(
                output.contains("Configuration error: meridian.contact.retention-days "
                        + "(MERIDIAN_CONTACT_RETENTION_DAYS) must be a whole number above 0, not '-5'"),
                output);
        assertTrue(
                output.contains("Configuration error: meridian.admin.allowed-networks "
                        + "(MERIDIAN_ADMIN_ALLOWED_NETWORKS) must list networks such as 10.0.0.0/8, 192.168.1.20: not a network: "
                        + "'office'"),
                output);
    }

    /** Starts the site with these settings, expects it to end with exit code 78 and no stack trace; its log. */
    private String refusedStart(String logName, Map<String, String> settings) throws Exception {
        var log =
                Files.createDirectories(Path.of("target", "startup-failure-it")).resolve(logName);
        var environment = new HashMap<>(settings);
        environment.put("MERIDIAN_DATA_DIR", dataDir.toString());
        var exit = PayaraMicroProcess.startExpectingExit(environment, log);

        var output = Files.readString(log);
        assertEquals(EXIT_MISCONFIGURED, exit, output);
        assertFalse(output.contains("\tat org.eclipse.persistence"), "EclipseLink's stack trace in the log");
        assertFalse(output.contains("Exception [EclipseLink"), "EclipseLink's exception in the log");
        assertFalse(output.contains("Caused by:"), "a stack trace in the log");
        return output;
    }
}
