package org.meridian.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.IdentityHashMap;
import org.primefaces.csp.CspException;

/**
 * Answers a request that failed with the site's own error page and the status that says why: 400 for a request no
 * page of the site sends (a malformed parameter, a form posted without its fields or without the console's nonce),
 * 503 with {@code Retry-After} while the database is out of reach, 500 for anything else, which alone is logged.
 * Never the exception: its class and message stay out of every answer. Used for failures in Faces, ajax or not
 * ({@link FailureStatusExceptionHandler}), and for everything else ({@link UnexpectedFailureFilter}).
 */
@ApplicationScoped
public class FailureResponses {

    /** A database restart takes seconds; the pool reconnects by itself once it is back. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    private FailureLog failureLog;

    /** Answers the failure when the response can still be changed; false when it was already committed. */
    public boolean answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        var status = statusOf(failure);
        if (status != HttpServletResponse.SC_BAD_REQUEST) {
            failureLog.log(request.getRequestURI(), failure);
        }
        if (response.isCommitted()) {
            return false;
        }
        response.reset();
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.sendError(status);
        return true;
    }

    /** The status a failure is answered with. */
    static int statusOf(Throwable failure) {
        if (DatabaseOutage.isCause(failure)) {
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        var seen = new IdentityHashMap<Throwable, Boolean>();
        for (var cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof BadRequestException || cause instanceof CspException) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
