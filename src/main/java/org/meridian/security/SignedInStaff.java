package org.meridian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The account of whoever is signed in on the current request. */
@ApplicationScoped
public class SignedInStaff {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private StaffUserRepository users;

    /** The signed-in account; fails when nobody is signed in or the account is gone. */
    public StaffUser current() {
        var caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("Nobody is signed in");
        }
        return users.findByUsername(caller.getName())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
