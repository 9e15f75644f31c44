package org.meridian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SiteClient;

/**
 * The site started as ops start it, with {@code MERIDIAN_DATA_DIR} pointing at a folder: what is in the database
 * there is still there after a restart, and the demo content is not loaded a second time over an edit.
 */
class ContentSurvivesRestartIT {

    private static final String EDITED_PHONE = "(916) 555-0142";

    @TempDir
    Path dataDir;

    @Test
    void editedContentIsStillThereAfterARestartWithTheSameDataFolder() throws Exception {
        var environment = Map.of("MERIDIAN_DATA_DIR", dataDir.toString());
        var logs = Files.createDirectories(Path.of("target", "restart-it"));

        try (var first = PayaraMicroProcess.start(environment, logs.resolve("first-start.log"))) {
            var site = new SiteClient(first.uri("/"));
            assertEquals("3 articles", SiteClient.html(site.get("/articles")).selectFirst(".results-count").text());
        }

        // While the server is down, change a clinic fact straight in its database file, as an edit would.
        var url = "jdbc:h2:file:" + dataDir.resolve("meridian");
        try (var connection = DriverManager.getConnection(url, "meridian", "meridian-embedded");
             var update = connection.prepareStatement("update clinic_profile set phone = ?")) {
            update.setString(1, EDITED_PHONE);
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new AssertionError("Could not open the embedded database in " + dataDir, e);
        }

        try (var second = PayaraMicroProcess.start(environment, logs.resolve("second-start.log"))) {
            var site = new SiteClient(second.uri("/"));
            var home = SiteClient.html(site.get("/"));
            assertTrue(home.selectFirst("header a.call").text().contains(EDITED_PHONE), "edit kept, demo not reloaded");
            assertEquals("3 articles", SiteClient.html(site.get("/articles")).selectFirst(".results-count").text());
            assertEquals(200, site.get("/articles/treating-sciatica-pain-with-acupuncture").statusCode());
        }
    }
}
