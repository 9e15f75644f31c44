package org.meridian.security;

/** A caller asked for something its role does not allow. web.xml answers it with the 403 page. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
