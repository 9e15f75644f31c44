package org.meridian.backup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every table a backup holds, with every column and its kind, in the order rows can be inserted (parents before
 * children), and every table it leaves out on purpose, with the reason. Listed by hand rather than read from the
 * database so that a table or column added by a migration cannot slip in or out of backups unnoticed:
 * {@code BackupTablesTest} fails until the new one is listed here or among the skipped.
 */
public final class BackupTables {

    /** How a column's values are read, written and stored in the archive. */
    public enum Kind {
        LONG,
        INT,
        BOOLEAN,
        TEXT,
        TIMESTAMP,
        DATE,
        TIME,
        BYTES
    }

    public record Column(String name, Kind kind) {}

    /**
     * A table in a backup. {@code sequence} is the id sequence that must start past the restored ids (null for tables
     * without one); {@code patientData} tables are only in backups that include patient requests.
     */
    public record Table(String name, String sequence, boolean patientData, List<Column> columns) {

        public String fileName() {
            return "data/" + name + ".jsonl";
        }

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    public static final List<Table> ALL = List.of(
            table(
                    "staff_user",
                    "staff_user_seq",
                    false,
                    col("id", Kind.LONG),
                    col("username", Kind.TEXT),
                    col("display_name", Kind.TEXT),
                    col("email", Kind.TEXT),
                    col("password_hash", Kind.TEXT),
                    col("role", Kind.TEXT),
                    col("enabled", Kind.BOOLEAN),
                    col("version", Kind.LONG),
                    col("created_at", Kind.TIMESTAMP),
                    col("last_login_at", Kind.TIMESTAMP)),
            table(
                    "staff_totp",
                    null,
                    false,
                    col("user_id", Kind.LONG),
                    col("secret", Kind.TEXT),
                    col("enrolled_at", Kind.TIMESTAMP),
                    col("last_step", Kind.LONG)),
            table(
                    "staff_recovery_code",
                    "staff_recovery_code_seq",
                    false,
                    col("id", Kind.LONG),
                    col("user_id", Kind.LONG),
                    col("code_hash", Kind.TEXT),
                    col("used_at", Kind.TIMESTAMP)),
            table(
                    "security_setting",
                    null,
                    false,
                    col("id", Kind.INT),
                    col("two_factor_required", Kind.BOOLEAN),
                    col("version", Kind.LONG)),
            table(
                    "audit_event",
                    "audit_event_seq",
                    false,
                    col("id", Kind.LONG),
                    col("occurred_at", Kind.TIMESTAMP),
                    col("actor", Kind.TEXT),
                    col("action", Kind.TEXT),
                    col("subject", Kind.TEXT),
                    col("detail", Kind.TEXT),
                    col("subject_kind", Kind.TEXT),
                    col("subject_id", Kind.LONG)),
            table(
                    "clinic_profile",
                    null,
                    false,
                    col("id", Kind.LONG),
                    col("name", Kind.TEXT),
                    col("tagline", Kind.TEXT),
                    col("phone", Kind.TEXT),
                    col("email", Kind.TEXT),
                    col("street_address", Kind.TEXT),
                    col("locality", Kind.TEXT),
                    col("region", Kind.TEXT),
                    col("postal_code", Kind.TEXT),
                    col("country", Kind.TEXT),
                    col("directions_url", Kind.TEXT),
                    col("booking_url", Kind.TEXT),
                    col("disclaimer", Kind.TEXT),
                    col("emergency_notice", Kind.TEXT),
                    col("version", Kind.LONG),
                    col("privacy_notice", Kind.TEXT)),
            table(
                    "clinic_opening_hours",
                    null,
                    false,
                    col("clinic_id", Kind.LONG),
                    col("day_of_week", Kind.TEXT),
                    col("opens_at", Kind.TIME),
                    col("closes_at", Kind.TIME)),
            table(
                    "clinic_closure",
                    "clinic_closure_seq",
                    false,
                    col("id", Kind.LONG),
                    col("closed_on", Kind.DATE),
                    col("reason", Kind.TEXT)),
            table(
                    "health_condition",
                    "health_condition_seq",
                    false,
                    col("id", Kind.LONG),
                    col("slug", Kind.TEXT),
                    col("name", Kind.TEXT),
                    col("description", Kind.TEXT),
                    col("version", Kind.LONG)),
            table(
                    "health_condition_synonym",
                    null,
                    false,
                    col("condition_id", Kind.LONG),
                    col("position", Kind.INT),
                    col("synonym", Kind.TEXT)),
            table(
                    "media_asset",
                    "media_asset_seq",
                    false,
                    col("id", Kind.LONG),
                    col("file_name", Kind.TEXT),
                    col("format", Kind.TEXT),
                    col("width", Kind.INT),
                    col("height", Kind.INT),
                    col("variant_widths", Kind.TEXT),
                    col("alt_text", Kind.TEXT),
                    col("decorative", Kind.BOOLEAN),
                    col("revision", Kind.INT),
                    col("uploaded_at", Kind.TIMESTAMP),
                    col("uploaded_by", Kind.TEXT),
                    col("version", Kind.LONG)),
            table(
                    "media_variant",
                    "media_variant_seq",
                    false,
                    col("id", Kind.LONG),
                    col("asset_id", Kind.LONG),
                    col("width", Kind.INT),
                    col("height", Kind.INT),
                    col("content_type", Kind.TEXT),
                    col("sha256", Kind.TEXT),
                    col("bytes", Kind.BYTES)),
            table(
                    "article",
                    "article_seq",
                    false,
                    col("id", Kind.LONG),
                    col("slug", Kind.TEXT),
                    col("title", Kind.TEXT),
                    col("summary", Kind.TEXT),
                    col("body_html", Kind.TEXT),
                    col("author_name", Kind.TEXT),
                    col("reviewer_name", Kind.TEXT),
                    col("reviewer_credentials", Kind.TEXT),
                    col("status", Kind.TEXT),
                    col("published_at", Kind.TIMESTAMP),
                    col("updated_at", Kind.TIMESTAMP),
                    col("featured", Kind.BOOLEAN),
                    col("last_reviewed_on", Kind.DATE),
                    col("version", Kind.LONG),
                    col("hidden_from_search_engines", Kind.BOOLEAN),
                    col("hero_media_id", Kind.LONG),
                    col("review_due_on", Kind.DATE),
                    col("publish_at", Kind.TIMESTAMP),
                    col("unpublish_at", Kind.TIMESTAMP),
                    col("draft_content", Kind.TEXT),
                    col("draft_in_review", Kind.BOOLEAN),
                    col("edited_at", Kind.TIMESTAMP),
                    col("edited_by", Kind.TEXT)),
            table("article_condition", null, false, col("article_id", Kind.LONG), col("condition_id", Kind.LONG)),
            table(
                    "article_reference",
                    null,
                    false,
                    col("article_id", Kind.LONG),
                    col("position", Kind.INT),
                    col("title", Kind.TEXT),
                    col("url", Kind.TEXT)),
            table(
                    "article_revision",
                    "article_revision_seq",
                    false,
                    col("id", Kind.LONG),
                    col("article_id", Kind.LONG),
                    col("number", Kind.INT),
                    col("saved_at", Kind.TIMESTAMP),
                    col("saved_by", Kind.TEXT),
                    col("note", Kind.TEXT),
                    col("content", Kind.TEXT)),
            table(
                    "wordpress_link",
                    "wordpress_link_seq",
                    false,
                    col("id", Kind.LONG),
                    col("kind", Kind.TEXT),
                    col("guid", Kind.TEXT),
                    col("article_id", Kind.LONG),
                    col("media_id", Kind.LONG),
                    col("modified_at", Kind.TIMESTAMP),
                    col("version", Kind.LONG)),
            table(
                    "contact_request",
                    "contact_request_seq",
                    true,
                    col("id", Kind.LONG),
                    col("reference", Kind.TEXT),
                    col("submission_key", Kind.TEXT),
                    col("received_at", Kind.TIMESTAMP),
                    col("name", Kind.TEXT),
                    col("phone", Kind.TEXT),
                    col("phone_digits", Kind.TEXT),
                    col("email", Kind.TEXT),
                    col("contact_method", Kind.TEXT),
                    col("preferred_times", Kind.TEXT),
                    col("patient_type", Kind.TEXT),
                    col("message", Kind.TEXT),
                    col("condition_id", Kind.LONG),
                    col("consented_at", Kind.TIMESTAMP),
                    col("status", Kind.TEXT),
                    col("staff_notes", Kind.TEXT),
                    col("updated_at", Kind.TIMESTAMP),
                    col("version", Kind.LONG)),
            table(
                    "mail_outbox",
                    "mail_outbox_seq",
                    true,
                    col("id", Kind.LONG),
                    col("request_id", Kind.LONG),
                    col("created_at", Kind.TIMESTAMP),
                    col("status", Kind.TEXT),
                    col("attempts", Kind.INT),
                    col("next_attempt_at", Kind.TIMESTAMP),
                    col("last_attempt_at", Kind.TIMESTAMP),
                    col("last_error", Kind.TEXT),
                    col("sent_at", Kind.TIMESTAMP),
                    col("version", Kind.LONG)));

    /** Tables a backup leaves out, and why. */
    public static final Map<String, String> SKIPPED = Map.of(
            "flyway_schema_history", "the target's own migrations made its schema; the manifest names the version",
            "job_lock", "leases of the instances running now, meaningless elsewhere",
            "content_change", "a feed of recent changes for the running instances; a restore adds its own",
            "attempt", "recent failed sign-ins and contact requests, counted for an hour at most",
            "attempt_key", "the key of those counts' client hashes, which must stay in this database");

    private BackupTables() {}

    public static Optional<Table> named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    private static Table table(String name, String sequence, boolean patientData, Column... columns) {
        return new Table(name, sequence, patientData, List.of(columns));
    }

    private static Column col(String name, Kind kind) {
        return new Column(name, kind);
    }
}
