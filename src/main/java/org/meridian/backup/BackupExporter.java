package org.meridian.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.meridian.backup.BackupTables.Table;

/**
 * Writes everything in the database that {@link BackupTables} lists into a backup archive, read in one
 * repeatable-read transaction so the archive is one consistent moment even while staff keep working. Used by the
 * console and by {@link BackupCommand} alike.
 */
public final class BackupExporter {

    private static final int FETCH_SIZE = 100;

    private BackupExporter() {}

    /**
     * Exports into {@code out} (left open). Patient requests and their mail are only included when
     * {@code patientRequests} is true. {@code source} says where the backup comes from, for the manifest.
     */
    public static BackupManifest export(Connection connection, OutputStream out, boolean patientRequests, String source)
            throws SQLException, IOException {
        var autoCommit = connection.getAutoCommit();
        var isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            var schemaVersion = SchemaVersion.of(connection)
                    .orElseThrow(() -> new BackupRefusedException(
                            "This database has no Meridian schema: there is nothing to back up."));
            var archive = new BackupArchiveWriter(out);
            for (var table : BackupTables.ALL) {
                if (patientRequests || !table.patientData()) {
                    exportTable(connection, table, archive);
                }
            }
            return archive.finish(schemaVersion, source, patientRequests);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void exportTable(Connection connection, Table table, BackupArchiveWriter archive)
            throws SQLException, IOException {
        // Ordered by key (every table's key starts with its first column) so equal databases give equal archives.
        var query = "select " + String.join(", ", table.columnNames()) + " from " + table.name() + " order by 1, 2";
        archive.beginTable(table);
        try (var statement = connection.prepareStatement(query)) {
            statement.setFetchSize(FETCH_SIZE);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    archive.row(values(table, rows));
                }
            }
        }
        archive.endTable();
    }

    private static Object[] values(Table table, ResultSet rows) throws SQLException {
        var columns = table.columns();
        var values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            var index = i + 1;
            values[i] = switch (columns.get(i).kind()) {
                case LONG -> rows.getObject(index) == null ? null : rows.getLong(index);
                case INT -> rows.getObject(index) == null ? null : rows.getInt(index);
                case BOOLEAN -> rows.getObject(index) == null ? null : rows.getBoolean(index);
                case TEXT -> rows.getString(index);
                case TIMESTAMP -> rows.getObject(index, OffsetDateTime.class);
                case DATE -> rows.getObject(index, LocalDate.class);
                case TIME -> rows.getObject(index, LocalTime.class);
                case BYTES -> rows.getBytes(index);
            };
        }
        return values;
    }
}
