package org.meridian.backup;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * What a backup archive says about itself ({@code manifest.json}): its format version, the schema version of the
 * database it was taken from, when and where, whether it holds patient requests, and per table its columns, row count
 * and the SHA-256 of its data file.
 */
public record BackupManifest(
        int formatVersion,
        String schemaVersion,
        Instant createdAt,
        String source,
        boolean patientRequests,
        List<TableEntry> tables) {

    static final String FORMAT = "meridian-backup";

    public record TableEntry(String name, List<String> columns, long rows, String sha256) {}

    public BackupManifest {
        tables = List.copyOf(tables);
    }

    public long rows(String table) {
        return tables.stream()
                .filter(entry -> entry.name().equals(table))
                .mapToLong(TableEntry::rows)
                .sum();
    }

    String toJson() {
        var entries = Json.createArrayBuilder();
        for (var table : tables) {
            entries.add(Json.createObjectBuilder()
                    .add("name", table.name())
                    .add("columns", Json.createArrayBuilder(table.columns()))
                    .add("rows", table.rows())
                    .add("sha256", table.sha256()));
        }
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("formatVersion", formatVersion)
                .add("schemaVersion", schemaVersion)
                .add("createdAt", createdAt.toString())
                .add("source", source)
                .add("patientRequests", patientRequests)
                .add("tables", entries)
                .build()
                .toString();
    }

    /** Reads a manifest; refuses one that is not a Meridian backup's, or of a format version this release cannot read. */
    static BackupManifest fromJson(String json) {
        try {
            var object = Json.createReader(new StringReader(json)).readObject();
            if (!FORMAT.equals(object.getString("format", null))) {
                throw new BackupRefusedException(
                        "This file is not a Meridian backup: its manifest names no Meridian format.");
            }
            var version = object.getInt("formatVersion");
            if (version != BackupArchive.FORMAT_VERSION) {
                throw new BackupRefusedException("This backup has format version " + version + "; this release of "
                        + "Meridian reads version " + BackupArchive.FORMAT_VERSION
                        + " only. Restore it with the release "
                        + "that made it.");
            }
            var tables = object.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
                    .map(table -> new TableEntry(
                            table.getString("name"),
                            table.getJsonArray("columns").getValuesAs(JsonString.class).stream()
                                    .map(JsonString::getString)
                                    .toList(),
                            table.getJsonNumber("rows").longValueExact(),
                            table.getString("sha256")))
                    .toList();
            return new BackupManifest(
                    version,
                    object.getString("schemaVersion"),
                    Instant.parse(object.getString("createdAt")),
                    object.getString("source"),
                    object.getBoolean("patientRequests"),
                    tables);
        } catch (JsonException
                | ClassCastException
                | NullPointerException
                | ArithmeticException
                | DateTimeException e) {
            // JSON-P reports a missing key as a NullPointerException and a value of another type as a
            // ClassCastException.
            throw new BackupRefusedException("The backup's manifest is damaged or incomplete.", e);
        }
    }
}
