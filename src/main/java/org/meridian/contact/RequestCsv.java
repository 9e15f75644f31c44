package org.meridian.contact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Patient requests as CSV for a spreadsheet. Every cell is quoted, and a cell that a spreadsheet would read as a
 * formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so text a patient typed
 * can never run as a formula on a staff member's computer (CSV injection).
 */
public final class RequestCsv {

    static final List<String> HEADER = List.of(
            "Reference",
            "Received",
            "Status",
            "Name",
            "Phone",
            "Email",
            "Contact method",
            "Preferred times",
            "Patient",
            "Condition",
            "Message",
            "Staff notes");

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RequestCsv() {}

    public static void write(List<ContactRequest> requests, ZoneId zone, Writer out) {
        try {
            row(out, HEADER);
            for (var request : requests) {
                row(
                        out,
                        List.of(
                                request.getReference(),
                                RECEIVED.format(request.getReceivedAt().atZone(zone)),
                                request.getStatus().getLabel(),
                                request.getName(),
                                nullToEmpty(request.getPhone()),
                                nullToEmpty(request.getEmail()),
                                request.getContactMethod().getLabel(),
                                nullToEmpty(request.getPreferredTimes()),
                                request.getPatientType().getLabel(),
                                request.getCondition() == null
                                        ? ""
                                        : request.getCondition().getName(),
                                nullToEmpty(request.getMessage()),
                                nullToEmpty(request.getStaffNotes())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as written: neutralised, quoted, inner quotes doubled. */
    static String cell(String value) {
        var text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
