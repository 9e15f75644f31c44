package org.meridian.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.omnifaces.util.Faces;

/** The "Sign out" button of every admin page: a POST, so no link or image on another site can sign anyone out. */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    private AuditLog auditLog;

    public void signOut() throws ServletException {
        var request = Faces.getRequest();
        if (request.getUserPrincipal() != null) {
            auditLog.record(AuditAction.SIGN_OUT, request.getUserPrincipal().getName(), null);
        }
        request.logout();
        Faces.invalidateSession();
        Faces.redirect("login?signedOut=true");
    }
}
