package org.meridian.signin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.security.StaffUser;
import org.meridian.web.ClientAddress;
import org.omnifaces.util.Faces;

/**
 * What both steps of signing in (password, then the code for those with two-factor sign-in) share: the throttling
 * of failures per account and address, a new session id, handing the credential to Jakarta Security, and going on
 * to the page asked for or the dashboard.
 */
@ApplicationScoped
public class StaffSignIn {

    static final String HOME = "admin";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ClientAddress clientAddress;

    /** How long attempts for {@code username} from this client stay refused; empty when they may go ahead. */
    public Optional<Duration> pausedFor(String username) {
        return throttle.refusedFor(username, clientAddress.of(Faces.getRequest()));
    }

    /**
     * Signs in with {@code credential}; when it is accepted, goes on to the admin page that asked for a sign-in
     * ({@code continued}) or the dashboard, and answers true.
     */
    public boolean attempt(String username, Credential credential, boolean continued) {
        var request = Faces.getRequest();
        // A new session id on sign-in, so an id planted before it (session fixation) gains nothing.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var status = securityContext.authenticate(
                request,
                Faces.getResponse(),
                withParams().credential(credential).newAuthentication(!continued));
        switch (status) {
            case SEND_CONTINUE -> Faces.responseComplete();
            case SUCCESS -> Faces.redirect(HOME);
            default -> {
                renewSession(request);
                return false;
            }
        }
        throttle.succeeded(username, clientAddress.of(request));
        return true;
    }

    /**
     * Soteria marks an authentication the application started as "in progress" in the session and clears the mark
     * only when it succeeds; while it stays, admin pages answer an empty 200 instead of sending the visitor to sign
     * in. A fresh session after a refusal drops it, keeping a sign-in halfway (a right password waiting for its code).
     */
    private static void renewSession(HttpServletRequest request) {
        var pending = PendingSignIn.of(request);
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        pending.ifPresent(halfway -> halfway.keep(request));
    }

    /** Counts a failed attempt; true when it starts a lock-out, which is audited. */
    public boolean failed(String username) {
        var address = clientAddress.of(Faces.getRequest());
        if (!throttle.failed(username, address)) {
            return false;
        }
        auditLog.recordAs(
                AuditLog.ANONYMOUS,
                AuditAction.SIGN_IN_LOCKED,
                StaffUser.normaliseUsername(username),
                "Too many failures from " + address + "; refused for " + minutes(throttle.getLockout()));
        return true;
    }

    public Duration getLockout() {
        return throttle.getLockout();
    }

    static String tooManyFailures(Duration wait) {
        return "Too many failed sign-ins. For your security, signing in is paused: try again in " + minutes(wait) + ".";
    }

    private static String minutes(Duration duration) {
        var minutes = Math.max(1, (duration.getSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
