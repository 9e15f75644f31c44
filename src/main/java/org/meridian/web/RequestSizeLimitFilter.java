package org.meridian.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies larger than {@code meridian.request.max-kb} with 413 before reading them: Payara's own
 * limit answers 500 after reading, and a large body costs the server memory and time for nothing.
 */
public class RequestSizeLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private WebSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > settings.requestMaxKilobytes() * 1024) {
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
