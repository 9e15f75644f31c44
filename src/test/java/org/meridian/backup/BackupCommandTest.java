package org.meridian.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup command on embedded database files, found the way the server finds them ({@code MERIDIAN_DATA_DIR} and
 * the defaults of {@code microprofile-config.properties}).
 */
class BackupCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exportsFromOneDataFolderAndImportsIntoAnother() throws Exception {
        var source = folder.resolve("source");
        var target = folder.resolve("target");
        try (var original = embedded(source);
                var copy = embedded(target)) {
            MigratedDatabase.fill(original);
        }
        var backup = folder.resolve("backup.zip");

        assertEquals(0, run(source, "export", backup.toString(), BackupCommand.WITH_PATIENT_REQUESTS), text(err));
        assertTrue(text(out).contains("with patient requests"), text(out));
        assertTrue(Files.size(backup) > 0);
        try (var files = Files.list(folder)) {
            assertTrue(
                    files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no partial file left");
        }

        assertEquals(0, run(target, "import", backup.toString()), text(err));
        assertTrue(text(out).contains("Restored"), text(out));
        try (var copy = embedded(target)) {
            assertEquals(1, BackupRoundTripTest.count(copy, "contact_request"));
            assertEquals(2, BackupRoundTripTest.count(copy, "staff_user"));
        }
    }

    @Test
    void refusesToOverwriteAFileAndSaysWhy() throws Exception {
        var source = folder.resolve("source");
        embedded(source).close();
        var existing = Files.writeString(folder.resolve("taken.zip"), "keep me");
        assertEquals(1, run(source, "export", existing.toString()));
        assertTrue(text(err).contains("exists already"), text(err));
        assertEquals("keep me", Files.readString(existing));
    }

    @Test
    void refusesAMissingDatabaseWithoutCreatingOne() {
        var nowhere = folder.resolve("no-such-folder");
        assertEquals(1, run(nowhere, "export", folder.resolve("b.zip").toString()));
        assertFalse(Files.exists(nowhere.resolve("meridian.mv.db")), "no database file created");
    }

    @Test
    void answersAWrongCommandLineWithItsUsage() {
        assertEquals(2, run(folder, "backup"));
        assertEquals(2, run(folder, "export", "a.zip", "--everything"));
        assertTrue(text(err).contains("Usage: java -jar meridian-backup.jar export FILE"), text(err));
    }

    private int run(Path dataDir, String... args) {
        out.reset();
        err.reset();
        var defaults = new Properties();
        try (var in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var settings = new CommandSettings(defaults, Map.of("MERIDIAN_DATA_DIR", dataDir.toString()));
        return BackupCommand.run(args, settings, print(out), print(err));
    }

    /** The embedded database in {@code dataDir}, at the URL and with the account the server's defaults give. */
    private static Connection embedded(Path dataDir) throws SQLException {
        return MigratedDatabase.migrate("jdbc:h2:file:" + dataDir.resolve("meridian"), "meridian", "meridian-embedded");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
