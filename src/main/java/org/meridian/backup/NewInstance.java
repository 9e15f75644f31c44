package org.meridian.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a database may receive a backup: only a new instance's may, so a restore never overwrites anyone's
 * work. New means it holds no more than a first start puts there: the demo content (if it was on), the first admin
 * account, and sign-ins; no image, revision, closure or patient request, and nothing else staff did.
 */
final class NewInstance {

    /** Tables only staff (or patients) fill. */
    private static final List<String> UNTOUCHED =
            List.of("media_asset", "article_revision", "clinic_closure", "contact_request", "mail_outbox");

    private NewInstance() {}

    static void check(Connection connection) throws SQLException {
        var found = new ArrayList<String>();
        for (var table : UNTOUCHED) {
            var rows = count(connection, "select count(*) from " + table);
            if (rows > 0) {
                found.add(rows + " rows of " + table);
            }
        }
        var users = count(connection, "select count(*) from staff_user");
        if (users > 1) {
            found.add(users + " staff accounts");
        }
        // Signing in and out, and what the application did by itself at first start, leave the instance new.
        var staffActions = count(
                connection,
                "select count(*) from audit_event where actor <> 'system' and action not in "
                        + "('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_LOCKED', 'SIGN_OUT')");
        if (staffActions > 0) {
            found.add(staffActions + " staff actions in the audit log");
        }
        if (!found.isEmpty()) {
            throw new BackupRefusedException("A backup is restored only into a new instance, so that nothing is "
                    + "overwritten, and this one already holds work (" + String.join(", ", found) + "). Start a new "
                    + "instance on an empty database and restore there.");
        }
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
