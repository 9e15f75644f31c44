package org.meridian.system;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The last line of defence for a request that fails unexpectedly: the visitor gets the site's own 500 page (never
 * a stack trace or an exception name), and the failure is logged through {@link FailureLog}, which keeps floods of
 * the same failure out of the log. First in the filter chain. A failure because the database is out of reach gets
 * the 503 page instead, which asks the visitor to call or come back shortly, with {@code Retry-After}.
 */
public class UnexpectedFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** A database restart takes seconds; the pool reconnects by itself once it is back. */
    private static final String RETRY_AFTER_SECONDS = "10";

    @Inject
    private FailureLog failureLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failureLog.log(request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                if (DatabaseOutage.isCause(e)) {
                    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                } else {
                    response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                }
            }
        }
    }
}
