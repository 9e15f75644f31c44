package org.meridian.backup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/** An in-memory H2 database with Meridian's schema, migrated by Flyway as the server does at start. */
final class MigratedDatabase {

    static final String USER = "meridian";
    static final String PASSWORD = "meridian-test";

    private MigratedDatabase() {}

    /** A new, empty, migrated database; it lives as long as the connection answered stays open. */
    static Connection create() throws SQLException {
        return migrate("jdbc:h2:mem:backup-" + UUID.randomUUID(), USER, PASSWORD);
    }

    static Connection migrate(String url, String user, String password) throws SQLException {
        var connection = DriverManager.getConnection(url, user, password);
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return connection;
    }

    /** Some of everything a site holds, in every table a backup has, with nulls, dates, times and bytes. */
    static void fill(Connection connection) throws SQLException {
        try (var sql = connection.createStatement()) {
            sql.execute("insert into staff_user values (1, 'admin', 'Admin', null, 'PBKDF2WithHmacSHA256:1:AA:BB', "
                    + "'ADMIN', true, 3, timestamp with time zone '2026-01-02 03:04:05.123456+01:00', null)");
            sql.execute(
                    "insert into staff_user values (51, 'editor', 'Eda', 'eda@example.org', 'PBKDF2WithHmacSHA256:1:CC:DD', "
                            + "'EDITOR', false, 0, timestamp with time zone '2026-01-03 00:00:00+00:00', "
                            + "timestamp with time zone '2026-02-03 10:00:00+00:00')");
            sql.execute(
                    "insert into audit_event (id, occurred_at, actor, action, subject, detail, subject_kind, subject_id) "
                            + "values (-7, timestamp with time zone '2025-12-31 23:59:59+00:00', 'admin', 'REQUEST_VIEWED', "
                            + "'request 1', null, 'request', 1)");
            sql.execute(
                    "insert into audit_event (id, occurred_at, actor, action) values (120, current_timestamp, 'admin', "
                            + "'ARTICLE_PUBLISHED')");
            sql.execute("insert into clinic_profile values (1, 'Clinic \"Meridian\"', null, '(916) 742-4001', null, "
                    + "'1 Main St', 'Sacramento', 'CA', '95814', 'US', 'https://maps.example/x', null, 'Disclaimer', "
                    + "'Call 911', 2, 'Privacy: ünïcödé and a line\nbreak')");
            sql.execute("insert into clinic_opening_hours values (1, 'MONDAY', time '09:00:00', time '17:30:00')");
            sql.execute("insert into clinic_closure values (1, date '2026-12-25', 'Christmas')");
            sql.execute("insert into health_condition values (1, 'back-pain', 'Back Pain', 'Pain', 0)");
            sql.execute("insert into health_condition_synonym values (1, 0, 'lumbago')");
            sql.execute("insert into media_asset values (1, 'spine.png', 'PNG', 2, 1, '2', 'A spine', false, 1, "
                    + "current_timestamp, 'admin', 0)");
            sql.execute("insert into media_variant values (1, 1, 2, 1, 'image/png', 'abc', X'89504E470D0A1A0A00FF')");
            sql.execute(
                    "insert into article (id, slug, title, summary, body_html, author_name, status, published_at, "
                            + "updated_at, featured, version, hero_media_id, draft_content) values (201, 'a', 'A', 'S', "
                            + "'<p>Body</p>', 'Dr', 'PUBLISHED', current_timestamp, current_timestamp, true, 4, 1, '{\"x\":1}')");
            sql.execute("insert into article_condition values (201, 1)");
            sql.execute("insert into article_reference values (201, 0, 'Study', 'https://doi.org/10.1/x')");
            sql.execute("insert into article_revision values (1, 201, 1, current_timestamp, 'admin', null, '{}')");
            sql.execute("insert into contact_request (id, reference, submission_key, received_at, name, phone, "
                    + "contact_method, patient_type, condition_id, consented_at, status, updated_at, version) values "
                    + "(1, 'R-1', 'key-1', current_timestamp, 'Pat', '555', 'PHONE', 'NEW', 1, current_timestamp, "
                    + "'NEW', current_timestamp, 0)");
            sql.execute("insert into mail_outbox values (1, 1, current_timestamp, 'SENT', 1, current_timestamp, null, "
                    + "null, current_timestamp, 1)");
        }
    }
}
