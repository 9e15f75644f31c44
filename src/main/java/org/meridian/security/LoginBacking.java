package org.meridian.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The sign-in form, {@code /login}. Throttling is checked before the password is: a locked-out attempt is refused
 * without spending a hash computation on it.
 */
@Named
@RequestScoped
public class LoginBacking {

    /**
     * Where Jakarta Security sends anyone who asks for an admin page unsigned. The parameter tells this form that
     * a page is waiting: signing in then continues to it, where a sign-in started here goes to the dashboard.
     */
    public static final String LOGIN_PAGE = "/login?continue=true";
    static final String HOME = "admin";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ClientAddress clientAddress;

    private String username;
    private String password;
    private boolean signedOut;
    private boolean continued;
    private boolean accountChanged;

    /** Someone already signed in has nothing to do here. */
    public void redirectIfSignedIn() {
        if (securityContext.getCallerPrincipal() != null) {
            Faces.redirect(HOME);
        }
    }

    public void signIn() {
        var request = Faces.getRequest();
        var address = clientAddress.of(request);
        var refused = throttle.refusedFor(username, address);
        if (refused.isPresent()) {
            Messages.addGlobalError(tooManyFailures(refused.get()));
            return;
        }
        // A new session id on sign-in, so an id planted before it (session fixation) gains nothing.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var status = securityContext.authenticate(request, Faces.getResponse(), withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(!continued));
        switch (status) {
            case SEND_CONTINUE -> {
                // Sent back to the admin page that asked for a sign-in.
                throttle.succeeded(username, address);
                Faces.responseComplete();
            }
            case SUCCESS -> {
                throttle.succeeded(username, address);
                Faces.redirect(HOME);
            }
            default -> failed(address);
        }
    }

    private void failed(String address) {
        if (throttle.failed(username, address)) {
            auditLog.recordAs(AuditLog.ANONYMOUS, AuditAction.SIGN_IN_LOCKED, StaffUser.normaliseUsername(username),
                    "Too many failures from " + address + "; refused for " + minutes(throttle.getLockout()));
            Messages.addGlobalError(tooManyFailures(throttle.getLockout()));
        } else {
            Messages.addGlobalError("That username and password do not match an active account. Check them and try "
                    + "again.");
        }
    }

    private static String tooManyFailures(Duration wait) {
        return "Too many failed sign-ins. For your security, signing in is paused: try again in " + minutes(wait)
                + ".";
    }

    private static String minutes(Duration duration) {
        var minutes = Math.max(1, (duration.getSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isContinued() {
        return continued;
    }

    public void setContinued(boolean continued) {
        this.continued = continued;
    }

    public boolean isAccountChanged() {
        return accountChanged;
    }

    public void setAccountChanged(boolean accountChanged) {
        this.accountChanged = accountChanged;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }
}
