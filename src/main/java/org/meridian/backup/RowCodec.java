package org.meridian.backup;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.meridian.backup.BackupTables.Column;

/**
 * One row as one line of JSON: an array of the values in the table's column order. Timestamps are written as UTC
 * instants (PostgreSQL keeps no offset either), bytes as base64, so the same data reads the same from any database.
 */
final class RowCodec {

    private RowCodec() {}

    static String encode(List<Column> columns, Object[] values) {
        JsonArrayBuilder line = Json.createArrayBuilder();
        for (int i = 0; i < columns.size(); i++) {
            var value = values[i];
            if (value == null) {
                line.addNull();
                continue;
            }
            switch (columns.get(i).kind()) {
                case LONG -> line.add((Long) value);
                case INT -> line.add((Integer) value);
                case BOOLEAN -> line.add((Boolean) value);
                case TEXT -> line.add((String) value);
                case TIMESTAMP -> line.add(((OffsetDateTime) value).toInstant().toString());
                case DATE, TIME -> line.add(value.toString());
                case BYTES -> line.add(Base64.getEncoder().encodeToString((byte[]) value));
            }
        }
        return line.build().toString();
    }

    static Object[] decode(String table, List<Column> columns, String text) {
        try {
            JsonArray line = Json.createReader(new StringReader(text)).readArray();
            if (line.size() != columns.size()) {
                throw damaged(table);
            }
            var values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                var value = line.get(i);
                values[i] = value.getValueType() == JsonValue.ValueType.NULL ? null : decode(columns.get(i), value);
            }
            return values;
        } catch (JsonException
                | ClassCastException
                | ArithmeticException
                | DateTimeException
                | IllegalArgumentException e) {
            // A value of the wrong type or shape (ClassCastException from JSON-P, bad dates, bad base64).
            throw new BackupRefusedException("The backup's data of " + table + " is damaged.", e);
        }
    }

    private static Object decode(Column column, JsonValue value) {
        return switch (column.kind()) {
            case LONG -> ((JsonNumber) value).longValueExact();
            case INT -> ((JsonNumber) value).intValueExact();
            case BOOLEAN ->
                switch (value.getValueType()) {
                    case TRUE -> Boolean.TRUE;
                    case FALSE -> Boolean.FALSE;
                    default -> throw new ClassCastException("not a boolean");
                };
            case TEXT -> ((JsonString) value).getString();
            case TIMESTAMP -> Instant.parse(((JsonString) value).getString()).atOffset(ZoneOffset.UTC);
            case DATE -> LocalDate.parse(((JsonString) value).getString());
            case TIME -> LocalTime.parse(((JsonString) value).getString());
            case BYTES -> Base64.getDecoder().decode(((JsonString) value).getString());
        };
    }

    private static BackupRefusedException damaged(String table) {
        return new BackupRefusedException("The backup's data of " + table + " is damaged.");
    }
}
