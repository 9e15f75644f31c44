package org.meridian.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Set;

/**
 * How staff are signed in: the form at {@code /login} hands the credentials over ({@link LoginBacking}), the
 * {@link StaffIdentityStore} checks them, and the session then remembers who signed in and with which role, as a
 * plain value in a session attribute. Every request of that session is signed in from it again, on whichever
 * instance it arrives: the session is replicated through the cluster, while the container's own record of a
 * sign-in (its principal with the roles) is not, and a session continued on another instance would have no role.
 * Anyone asking for an admin page unsigned is sent to the sign-in form first and brought back afterwards.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String SIGNED_IN = StaffAuthenticationMechanism.class.getName() + ".signedIn";
    private static final String WAITING_PAGE = StaffAuthenticationMechanism.class.getName() + ".waitingPage";

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(credential, request, context);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn staff) {
            return context.notifyContainerAboutLogin(staff.username(), staff.roles());
        }
        if (context.isProtected()) {
            request.getSession().setAttribute(WAITING_PAGE, requestedPage(request));
            return context.redirect(request.getContextPath() + LoginBacking.LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        var result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        var session = request.getSession();
        session.setAttribute(
                SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        var waiting = session.getAttribute(WAITING_PAGE);
        session.removeAttribute(WAITING_PAGE);
        if (waiting instanceof String page && !context.getAuthParameters().isNewAuthentication()) {
            // Signed in from the session on the next request, the one for the page that asked for the sign-in.
            return context.redirect(page);
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** The page as asked for, to come back to after signing in: a path on this site, never another address. */
    private static String requestedPage(HttpServletRequest request) {
        var query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    /** Who signed in, with the roles of that moment (a role changed since ends the session: StaffSessionCheck). */
    private record SignedIn(String username, Set<String> roles) implements Serializable {}
}
