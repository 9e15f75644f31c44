package org.meridian.twofactor;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * While two-factor sign-in is required of all staff, someone signed in without it can open nothing in the console
 * but the page that sets it up (whose form also signs out). Checked on every admin request, so turning the
 * requirement on applies to sessions already running.
 */
@WebFilter({"/admin", "/admin/*"})
public class TwoFactorEnrolmentGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String ENROLMENT_PAGE = "/admin/two-factor";
    private static final Set<String> ALLOWED = Set.of(ENROLMENT_PAGE, ENROLMENT_PAGE + ".xhtml");

    @Inject
    private TwoFactorService twoFactorService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var caller = request.getUserPrincipal();
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (caller != null && !ALLOWED.contains(path) && twoFactorService.mustEnrol(caller.getName())) {
            response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
