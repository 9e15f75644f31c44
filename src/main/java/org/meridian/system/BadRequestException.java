package org.meridian.system;

/** A request whose parameters are malformed: the patient gets a 400 page, never a stack trace. */
public class BadRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(String message) {
        super(message);
    }
}
