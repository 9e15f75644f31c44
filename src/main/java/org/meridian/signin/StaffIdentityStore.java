package org.meridian.signin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.meridian.security.StaffRole;
import org.meridian.staff.StaffUserService;
import org.meridian.twofactor.TwoFactorService;
import org.meridian.web.ClientAddress;

/**
 * Signs staff in against the {@code staff_user} table, for {@link StaffAuthenticationMechanism}. Each user's role is
 * their one group, which the security constraints of web.xml check. Someone with two-factor sign-in is not signed in
 * by their password: it starts a {@link PendingSignIn}, and the code asked for at {@code /login/code}
 * ({@link SecondFactorBacking}) completes it.
 */
@DeclareRoles({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffUserService staffUserService;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private TwoFactorService twoFactorService;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        PendingSignIn.clear(request);
        var address = clientAddress.of(request);
        var user = staffUserService.checkPassword(credential.getCaller(), credential.getPasswordAsString(), address);
        if (user.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (twoFactorService.isEnrolled(user.get())) {
            PendingSignIn.start(request, user.get().getUsername());
            return CredentialValidationResult.INVALID_RESULT;
        }
        return signedIn(user.get().getUsername(), address);
    }

    public CredentialValidationResult validate(SecondFactorCredential credential) {
        var pending = PendingSignIn.of(request);
        var address = clientAddress.of(request);
        if (pending.isEmpty()
                || !twoFactorService.verifySignIn(pending.get().username(), credential.getCode(), address)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        PendingSignIn.clear(request);
        return signedIn(pending.get().username(), address);
    }

    private CredentialValidationResult signedIn(String username, String address) {
        return staffUserService
                .signedIn(username, address)
                .map(user -> new CredentialValidationResult(
                        user.getUsername(), Set.of(user.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
