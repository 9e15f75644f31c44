package org.meridian.signin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.meridian.security.StaffUser;
import org.meridian.security.StaffUserRepository;

/**
 * Makes account changes take effect at once. A session keeps the role its user signed in with, so on every admin
 * request this checks the account as stored: once it is disabled, deleted or given another role, the session is
 * ended and its owner asked to sign in again, instead of working on with the old rights for up to 30 minutes.
 */
@WebFilter({"/admin", "/admin/*"})
public class StaffSessionCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private StaffUserRepository users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var caller = request.getUserPrincipal();
        if (caller != null && !stillValid(request, caller.getName())) {
            request.logout();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?accountChanged=true");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpServletRequest request, String username) {
        return users.findByUsername(username)
                .filter(StaffUser::isEnabled)
                .map(user -> request.isUserInRole(user.getRole().name()))
                .orElse(false);
    }
}
