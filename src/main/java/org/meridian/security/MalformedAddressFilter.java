package org.meridian.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Answers 400 to an address that no browser sends: a {@code %} not followed by two hexadecimal digits, or an
 * encoded NUL. Payara decodes such escapes leniently (dropping or keeping them as they are), so without this a
 * broken link or a probe would get an ordinary page for something it did not ask for.
 */
public class MalformedAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern MALFORMED = Pattern.compile("%(?![0-9A-Fa-f]{2})|%00");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMalformed(request.getRequestURI()) || isMalformed(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isMalformed(String raw) {
        return raw != null && MALFORMED.matcher(raw).find();
    }
}
