package org.meridian.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/**
 * Refuses a call to a method (or a class's methods) marked {@link RolesAllowed} unless the caller is signed in with
 * one of the roles it names. Runs before the transaction interceptor, so a refused call touches nothing.
 */
@RolesAllowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RolesAllowedInterceptor {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    public RolesAllowedInterceptor() {
        // for CDI
    }

    RolesAllowedInterceptor(SecurityContext securityContext, HttpServletRequest request) {
        this.securityContext = securityContext;
        this.request = request;
    }

    @AroundInvoke
    Object checkRoles(InvocationContext invocation) throws Exception {
        var method = invocation.getMethod();
        var allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null && !permits(allowed.value())) {
            var caller = securityContext.getCallerPrincipal();
            throw new AccessDeniedException((caller == null ? "Anonymous callers" : caller.getName())
                    + " may not call " + method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + ": it needs one of the roles " + Arrays.toString(allowed.value()));
        }
        return invocation.proceed();
    }

    private boolean permits(String[] roles) {
        return securityContext.getCallerPrincipal() != null
                && Arrays.stream(roles).anyMatch(this::callerIsIn);
    }

    /**
     * Asks the servlet request where there is one: on Payara 6, {@code SecurityContext.isCallerInRole} answers
     * false on the first request after a sign-in that continued to a saved page, while the request knows the role.
     */
    private boolean callerIsIn(String role) {
        if (request == null) {
            return securityContext.isCallerInRole(role);
        }
        try {
            return request.isUserInRole(role);
        } catch (ContextNotActiveException e) {
            return securityContext.isCallerInRole(role);
        }
    }
}
