package org.meridian.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The backup's list of tables and columns is the schema's, so no migration can leave data out of backups unseen. */
class BackupTablesTest {

    @Test
    void everyTableOfTheSchemaIsBackedUpOrSkippedOnPurpose() throws SQLException {
        var schema = schemaColumns();
        var listed = new TreeSet<String>();
        BackupTables.ALL.forEach(table -> listed.add(table.name()));
        listed.addAll(BackupTables.SKIPPED.keySet());
        assertEquals(schema.keySet(), listed, "tables of the migrated schema vs BackupTables.ALL + SKIPPED");
    }

    @Test
    void everyColumnOfABackedUpTableIsInTheBackup() throws SQLException {
        var schema = schemaColumns();
        for (var table : BackupTables.ALL) {
            assertEquals(schema.get(table.name()), new TreeSet<>(table.columnNames()), "columns of " + table.name());
        }
    }

    @Test
    void onlyPatientRequestsAndTheirMailAreLeftOutOfBackupsWithoutPatientData() {
        var patientTables = new HashSet<String>();
        BackupTables.ALL.stream().filter(BackupTables.Table::patientData).forEach(t -> patientTables.add(t.name()));
        assertEquals(Set.of("contact_request", "mail_outbox"), patientTables);
    }

    @Test
    void everyTableComesAfterTheTablesItRefersTo() throws SQLException {
        try (var connection = MigratedDatabase.create();
                var rows = connection.createStatement().executeQuery("""
                     select lower(fk.table_name), lower(pk.table_name)
                     from information_schema.referential_constraints rc
                     join information_schema.table_constraints fk on fk.constraint_name = rc.constraint_name
                     join information_schema.table_constraints pk on pk.constraint_name = rc.unique_constraint_name
                     """)) {
            var order = BackupTables.ALL.stream().map(BackupTables.Table::name).toList();
            var checked = 0;
            while (rows.next()) {
                var child = order.indexOf(rows.getString(1));
                var parent = order.indexOf(rows.getString(2));
                assertTrue(parent < child, rows.getString(1) + " refers to " + rows.getString(2) + " listed after it");
                checked++;
            }
            assertTrue(checked >= 10, "foreign keys found: " + checked);
        }
    }

    private static TreeMap<String, Set<String>> schemaColumns() throws SQLException {
        var tables = new TreeMap<String, Set<String>>();
        try (var connection = MigratedDatabase.create();
                var rows = connection
                        .createStatement()
                        .executeQuery(
                                "select table_name, column_name from information_schema.columns where table_schema = 'PUBLIC'")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1).toLowerCase(Locale.ROOT), name -> new TreeSet<>())
                        .add(rows.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
