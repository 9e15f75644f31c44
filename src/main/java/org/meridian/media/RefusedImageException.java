package org.meridian.media;

/** An upload the media library does not take, with a reason to show the person who sent it. */
public class RefusedImageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedImageException(String message) {
        super(message);
    }
}
