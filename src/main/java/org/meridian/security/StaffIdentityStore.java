package org.meridian.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Signs staff in against the {@code staff_user} table, for {@link StaffAuthenticationMechanism}. Each user's role is
 * their one group, which the security constraints of web.xml check.
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

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var address = clientAddress.of(request);
        return staffUserService.signIn(credential.getCaller(), credential.getPasswordAsString(), address)
                .map(user -> new CredentialValidationResult(user.getUsername(), Set.of(user.getRole().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
