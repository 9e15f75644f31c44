package org.meridian.support;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs an in-container test in through Jakarta Security, as the sign-in page does, so it calls the
 * {@code @RolesAllowed} services as a member of staff rather than anonymously. Arquillian runs each test method in
 * a request to its own servlet; that request gets the signed-in caller, and the next test method starts anonymous
 * again. Jakarta Security needs the response too, which Arquillian's runner does not hand out: this filter, on the
 * runner's URL, keeps it in a request attribute. Test deployments add it; the production WAR has no such filter.
 */
@WebFilter(InContainerSignIn.ARQUILLIAN_RUNNER)
public class InContainerSignIn extends HttpFilter {

    /** Where Arquillian's servlet protocol (the Jakarta EE 9+ one) runs in-container tests. */
    static final String ARQUILLIAN_RUNNER = "/ArquillianServletRunnerEE9";

    private static final long serialVersionUID = 1L;
    private static final String RESPONSE = InContainerSignIn.class.getName() + ".response";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(RESPONSE, response);
        chain.doFilter(request, response);
    }

    /**
     * Signs the current test request in as the first admin, {@code admin}, with the password the build gave the
     * server (arquillian.xml).
     */
    public static void asAdmin(SecurityContext securityContext, HttpServletRequest request) {
        as(securityContext, request, "admin", System.getProperty("meridian.admin.password"));
    }

    public static void as(
            SecurityContext securityContext, HttpServletRequest request, String username, String password) {
        var response = (HttpServletResponse) request.getAttribute(RESPONSE);
        if (response == null) {
            throw new IllegalStateException(
                    "Not in an Arquillian test request: add " + InContainerSignIn.class.getSimpleName()
                            + " to the test deployment and run the test in the container");
        }
        var status = securityContext.authenticate(
                request,
                response,
                withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS || securityContext.getCallerPrincipal() == null) {
            throw new IllegalStateException("Signing in as " + username + " failed: " + status);
        }
    }
}
