package org.meridian.system;

/**
 * Input a service refused, with the form field it is about, so the page can show the reason next to that field.
 * For rules only the service can check (a name already taken, a password on the common list).
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The id of the input it is about, within its form. */
    public String getField() {
        return field;
    }
}
