package org.meridian.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.meridian.backup.BackupTables.Kind;
import org.meridian.backup.BackupTables.Table;

/**
 * Restores a backup archive into a new instance's database, in one transaction: the archive and the database are
 * checked first, then what the first start put there (demo content, the first admin, their sign-ins) is replaced by
 * the archive's rows, and every id sequence is moved past the restored ids. Any refusal or failure rolls it all back.
 * Used by the console and by {@link BackupCommand} alike.
 */
public final class BackupImporter {

    /** Ids come in blocks of this size (the entities' allocationSize and the sequences' increment). */
    static final long ID_BLOCK = 50;

    private static final int BATCH_ROWS = 100;

    private BackupImporter() {}

    public static BackupManifest restore(Connection connection, Path archiveFile) throws SQLException {
        try (var archive = BackupArchiveReader.open(archiveFile)) {
            var manifest = archive.manifest();
            var autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                checkSchema(connection, manifest);
                NewInstance.check(connection);
                deleteFirstStartRows(connection);
                for (var table : BackupTables.ALL) {
                    if (manifest.patientRequests() || !table.patientData()) {
                        insertRows(connection, table, archive);
                    }
                }
                moveSequencesPastRestoredIds(connection);
                connection.commit();
                return manifest;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void checkSchema(Connection connection, BackupManifest manifest) throws SQLException {
        var here = SchemaVersion.of(connection)
                .orElseThrow(() -> new BackupRefusedException(
                        "This database has no Meridian schema yet: start Meridian on it once (it creates the schema), stop it, "
                                + "and restore again."));
        if (!here.equals(manifest.schemaVersion())) {
            throw new BackupRefusedException("The backup was made at schema version " + manifest.schemaVersion()
                    + " and this database is at version " + here + ". Restore it with the Meridian release that made "
                    + "it (the versions must match), then upgrade.");
        }
    }

    private static void deleteFirstStartRows(Connection connection) throws SQLException {
        var children = new ArrayList<>(BackupTables.ALL);
        Collections.reverse(children);
        try (var statement = connection.createStatement()) {
            for (var table : children) {
                statement.executeUpdate("delete from " + table.name());
            }
        }
    }

    private static void insertRows(Connection connection, Table table, BackupArchiveReader archive)
            throws SQLException {
        var columns = table.columns();
        var sql = "insert into " + table.name() + " (" + String.join(", ", table.columnNames()) + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        // Rows with images are megabytes each: send them one by one rather than hold a batch of them.
        var batchRows = columns.stream().anyMatch(column -> column.kind() == Kind.BYTES) ? 1 : BATCH_ROWS;
        try (var insert = connection.prepareStatement(sql)) {
            var pending = new int[] {0};
            archive.rows(table, values -> {
                bind(insert, table, values);
                insert.addBatch();
                if (++pending[0] == batchRows) {
                    insert.executeBatch();
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement insert, Table table, Object[] values) throws SQLException {
        List<BackupTables.Column> columns = table.columns();
        for (int i = 0; i < values.length; i++) {
            var index = i + 1;
            var kind = columns.get(i).kind();
            if (values[i] == null) {
                insert.setNull(index, sqlType(kind));
            } else if (kind == Kind.BYTES) {
                insert.setBytes(index, (byte[]) values[i]);
            } else {
                insert.setObject(index, values[i], sqlType(kind));
            }
        }
    }

    private static int sqlType(Kind kind) {
        return switch (kind) {
            case LONG -> Types.BIGINT;
            case INT -> Types.INTEGER;
            case BOOLEAN -> Types.BOOLEAN;
            case TEXT -> Types.VARCHAR;
            case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case BYTES -> Types.VARBINARY;
        };
    }

    /**
     * JPA takes ids in blocks: a sequence value v hands out v - 49 to v. So the next value must be at least the
     * highest restored id plus a block; rounded up to a whole block like every value the sequences give.
     */
    private static void moveSequencesPastRestoredIds(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (var table : BackupTables.ALL) {
                if (table.sequence() == null) {
                    continue;
                }
                long highest;
                try (var max = statement.executeQuery("select max(id) from " + table.name())) {
                    max.next();
                    highest = Math.max(max.getLong(1), 0);
                }
                statement.execute("alter sequence " + table.sequence() + " restart with " + nextValue(highest));
            }
        }
    }

    static long nextValue(long highestId) {
        return (Math.floorDiv(highestId, ID_BLOCK) + 2) * ID_BLOCK;
    }
}
