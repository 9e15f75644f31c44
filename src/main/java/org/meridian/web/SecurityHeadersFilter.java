package org.meridian.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser protections ({@link SecurityHeaders}) on every response that is not answered from the page cache, set
 * before anything else runs; the page cache sends the same set with its cached pages. Public pages run no script at
 * all, so their policy allows none, and it is the only one they get; the admin console's PrimeFaces pages get a
 * nonce-based policy from PrimeFaces' own CSP support instead ({@code primefaces.CSP_POLICY} in web.xml).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityHeaders headers;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.set(isConsole(request) ? headers.forConsole() : headers.forPublicPages(), response);
        if (isConsole(request)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter(
                    "POST".equals(request.getMethod()) ? new PublicPostbackRequest(request) : request,
                    new PublicPolicyResponse(response));
        }
    }

    /** The admin console and its sign-in page, which run PrimeFaces scripts under their own policy. */
    static boolean isConsole(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/jakarta.faces.resource");
    }
}
