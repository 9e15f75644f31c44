package org.meridian.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser protections on every response, set before anything else runs (so pages answered from the cache carry
 * them too). Public pages run no script at all, so their policy allows none, and it is the only one they get; the
 * admin console's PrimeFaces pages get a nonce-based policy from PrimeFaces' own CSP support instead
 * ({@code primefaces.CSP_POLICY} in web.xml).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PUBLIC_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Inject
    @ConfigProperty(name = "meridian.https")
    private boolean https;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (isConsole(request)) {
            chain.doFilter(request, response);
        } else {
            chain.doFilter("POST".equals(request.getMethod()) ? new PublicPostbackRequest(request) : request,
                    new PublicPolicyResponse(response));
        }
    }

    /** The admin console and its sign-in page, which run PrimeFaces scripts under their own policy. */
    static boolean isConsole(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/jakarta.faces.resource");
    }
}
