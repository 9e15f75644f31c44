package org.meridian.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from one database and restore into a new one gives the same rows, and ids carry on past them. */
class BackupRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void restoredDatabaseExportsTheSameRowsAsTheOriginal() throws Exception {
        try (var original = MigratedDatabase.create();
                var copy = MigratedDatabase.create()) {
            MigratedDatabase.fill(original);
            var first = export(original, true, "backup.zip");

            var restored = BackupImporter.restore(copy, first.file());
            assertEquals(first.manifest().tables(), restored.tables());

            var again = export(copy, true, "again.zip");
            assertEquals(
                    first.manifest().tables(),
                    again.manifest().tables(),
                    "every table's rows and checksum are the same after the round trip");
            assertEquals(2, again.manifest().rows("staff_user"));
            assertEquals(1, again.manifest().rows("media_variant"));
        }
    }

    @Test
    void backupWithoutPatientRequestsLeavesThemAndTheirMailOut() throws Exception {
        try (var original = MigratedDatabase.create();
                var copy = MigratedDatabase.create()) {
            MigratedDatabase.fill(original);
            var backup = export(original, false, "backup.zip");
            assertFalse(backup.manifest().patientRequests());
            assertTrue(
                    backup.manifest().tables().stream().noneMatch(t -> t.name().equals("contact_request")));

            BackupImporter.restore(copy, backup.file());
            assertEquals(0, count(copy, "contact_request"));
            assertEquals(1, count(copy, "article"));
        }
    }

    @Test
    void sequencesCarryOnPastTheRestoredIds() throws Exception {
        try (var original = MigratedDatabase.create();
                var copy = MigratedDatabase.create()) {
            MigratedDatabase.fill(original);
            BackupImporter.restore(copy, export(original, true, "backup.zip").file());
            // article 201 was restored: the next block of ids handed out must start above it.
            try (var next = copy.createStatement().executeQuery("select next value for article_seq")) {
                next.next();
                assertTrue(next.getLong(1) - BackupImporter.ID_BLOCK + 1 > 201, "next block starts past id 201");
            }
            assertEquals(100, BackupImporter.nextValue(0));
            assertEquals(300, BackupImporter.nextValue(201));
            assertEquals(150, BackupImporter.nextValue(50));
        }
    }

    @Test
    void firstStartRowsAreReplacedButWorkIsNeverOverwritten() throws Exception {
        try (var original = MigratedDatabase.create();
                var copy = MigratedDatabase.create()) {
            MigratedDatabase.fill(original);
            var backup = export(original, true, "backup.zip");
            try (var sql = copy.createStatement()) {
                sql.execute("insert into staff_user values (1, 'admin', 'Administrator', null, 'h', 'ADMIN', true, 0, "
                        + "current_timestamp, null)");
                sql.execute("insert into audit_event (id, occurred_at, actor, action) values (1, current_timestamp, "
                        + "'admin', 'SIGN_IN')");
            }
            BackupImporter.restore(copy, backup.file());
            assertEquals(2, count(copy, "staff_user"), "the first start's admin replaced by the backup's accounts");

            var refusal = assertThrows(BackupRefusedException.class, () -> BackupImporter.restore(copy, backup.file()));
            assertTrue(refusal.getMessage().contains("only into a new instance"), refusal.getMessage());
            assertEquals(2, count(copy, "staff_user"), "nothing changed by the refused restore");
        }
    }

    @Test
    void backupOfAnotherSchemaVersionIsRefused() throws Exception {
        try (var original = MigratedDatabase.create();
                var copy = MigratedDatabase.create()) {
            var backup = export(original, false, "backup.zip");
            try (var sql = copy.createStatement()) {
                sql.execute("update \"flyway_schema_history\" set \"version\" = '99' where \"installed_rank\" = "
                        + "(select max(\"installed_rank\") from \"flyway_schema_history\")");
            }
            var refusal = assertThrows(BackupRefusedException.class, () -> BackupImporter.restore(copy, backup.file()));
            assertTrue(refusal.getMessage().contains("this database is at version 99"), refusal.getMessage());
        }
    }

    private Exported export(Connection connection, boolean patientRequests, String name)
            throws SQLException, IOException {
        var bytes = new ByteArrayOutputStream();
        var manifest = BackupExporter.export(connection, bytes, patientRequests, "unit test");
        var file = Files.write(folder.resolve(name), bytes.toByteArray());
        return new Exported(manifest, file);
    }

    static long count(Connection connection, String table) throws SQLException {
        try (var rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record Exported(BackupManifest manifest, Path file) {}
}
