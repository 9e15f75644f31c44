package org.meridian.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The version of the newest migration Flyway applied to a database, as backups record and restores compare it. */
final class SchemaVersion {

    private SchemaVersion() {}

    /** Empty when Flyway has not set the database up (no history table, or nothing applied yet). */
    static Optional<String> of(Connection connection) throws SQLException {
        // Flyway creates its history table with quoted lower-case names on H2 as on PostgreSQL.
        var query =
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null"
                        + " order by \"installed_rank\" desc";
        var savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
        try (var statement = connection.createStatement()) {
            statement.setMaxRows(1);
            try (var rows = statement.executeQuery(query)) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException noHistoryTable) {
            // PostgreSQL aborts the whole transaction on an error unless it is rolled back to a savepoint.
            if (savepoint != null) {
                connection.rollback(savepoint);
            }
            return Optional.empty();
        } finally {
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
        }
    }
}
