package org.meridian.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.meridian.system.BadRequestException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The sign-in form, {@code /login}. Throttling is checked before the password is: a locked-out attempt is refused
 * without spending a hash computation on it. For someone with two-factor sign-in a right password leads on to the
 * code, at {@code /login/code} ({@link SecondFactorBacking}).
 */
@Named
@RequestScoped
public class LoginBacking {

    /**
     * Where Jakarta Security sends anyone who asks for an admin page unsigned. The parameter tells this form that
     * a page is waiting: signing in then continues to it, where a sign-in started here goes to the dashboard.
     */
    public static final String LOGIN_PAGE = "/login?continue=true";

    static final String CODE_PAGE = "login/code";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private StaffSignIn staffSignIn;

    private String username;
    private String password;
    private boolean signedOut;
    private boolean continued;
    private boolean accountChanged;

    /** Someone already signed in has nothing to do here. */
    public void redirectIfSignedIn() {
        if (securityContext.getCallerPrincipal() != null) {
            Faces.redirect(StaffSignIn.HOME);
        }
    }

    public void signIn() {
        if (username == null || password == null) {
            // Faces leaves a field the post did not carry at all unset and unchecked: no browser sends that form.
            throw new BadRequestException("The sign-in form was posted without its fields");
        }
        var refused = staffSignIn.pausedFor(username);
        if (refused.isPresent()) {
            Messages.addGlobalError(StaffSignIn.tooManyFailures(refused.get()));
            return;
        }
        if (staffSignIn.attempt(
                username, new UsernamePasswordCredential(username, new Password(password)), continued)) {
            return;
        }
        if (PendingSignIn.of(Faces.getRequest()).isPresent()) {
            Faces.redirect(CODE_PAGE + (continued ? "?continue=true" : ""));
        } else if (staffSignIn.failed(username)) {
            Messages.addGlobalError(StaffSignIn.tooManyFailures(staffSignIn.getLockout()));
        } else {
            Messages.addGlobalError(
                    "That username and password do not match an active account. Check them and try " + "again.");
        }
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
