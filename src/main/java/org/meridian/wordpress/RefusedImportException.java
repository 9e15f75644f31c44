package org.meridian.wordpress;

/**
 * An export file or uploads zip that cannot be imported, with the reason in words for the person who uploaded it,
 * and the upload field it is about (none when it is about the content as a whole). Nothing has been changed when it
 * is thrown.
 */
public class RefusedImportException extends RuntimeException {

    static final String EXPORT_FIELD = "exportFile";
    static final String UPLOADS_FIELD = "uploadsZip";

    private static final long serialVersionUID = 1L;

    private final String field;

    RefusedImportException(String field, String message) {
        this(field, message, null);
    }

    RefusedImportException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The id of the upload field the refusal is about, or null. */
    public String getField() {
        return field;
    }
}
