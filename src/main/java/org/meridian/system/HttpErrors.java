package org.meridian.system;

import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/** Ends the current Faces request with an error status; the error page of web.xml renders the answer. */
public final class HttpErrors {

    private HttpErrors() {}

    public static void notFound() {
        Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
    }

    public static void badRequest() {
        Faces.responseSendError(HttpServletResponse.SC_BAD_REQUEST, "Bad request");
    }
}
