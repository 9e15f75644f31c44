package org.meridian.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The second step of signing in, {@code /login/code}: the code of the authenticator app, or a recovery code. Only a
 * session whose password was just right gets here. Wrong codes count in the same throttling as wrong passwords, and
 * the sign-in completes, with a new session id, only when the code is right.
 */
@Named
@RequestScoped
public class SecondFactorBacking {

    @Inject
    private StaffSignIn staffSignIn;

    private String code;
    private boolean continued;

    /** Without a password just given in this session there is nothing to complete: back to the first step. */
    public void requirePendingSignIn() {
        if (PendingSignIn.of(Faces.getRequest()).isEmpty()) {
            Faces.redirect(firstStep());
        }
    }

    public void signIn() {
        var pending = PendingSignIn.of(Faces.getRequest());
        if (pending.isEmpty()) {
            Messages.addFlashGlobalWarn("That took too long. Please sign in again.");
            Faces.redirect(firstStep());
            return;
        }
        var username = pending.get().username();
        var refused = staffSignIn.pausedFor(username);
        if (refused.isPresent()) {
            pausedAndBack(refused.get());
        } else if (!staffSignIn.attempt(username, new SecondFactorCredential(code), continued)) {
            if (staffSignIn.failed(username)) {
                pausedAndBack(staffSignIn.getLockout());
            } else {
                Messages.addError(
                        "verification:code",
                        "That code is not right, or it was used already. Enter the "
                                + "code your app shows now, or one of your recovery codes.");
                Faces.validationFailed();
            }
        }
    }

    /** Sign-ins are paused: the half-done one is dropped, and the sign-in page says for how long. */
    private static void pausedAndBack(Duration wait) {
        PendingSignIn.clear(Faces.getRequest());
        Messages.addFlashGlobalError(StaffSignIn.tooManyFailures(wait));
        Faces.redirect("login");
    }

    private String firstStep() {
        return "login" + (continued ? "?continue=true" : "");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isContinued() {
        return continued;
    }

    public void setContinued(boolean continued) {
        this.continued = continued;
    }
}
