package org.meridian.system;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The last line of defence for a request that fails unexpectedly: the visitor gets the site's own error page with
 * the status that says why (never a stack trace or an exception name), through {@link FailureResponses}, which
 * also logs it. First in the filter chain.
 */
public class UnexpectedFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private FailureResponses failureResponses;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            failureResponses.answer(request, response, e);
        }
    }
}
