package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role check itself, with callers made up; SecurityServicesIT shows it wired into the deployed services. */
class RolesAllowedInterceptorTest {

    @Test
    void letsACallerWithAnAllowedRoleThrough() throws Exception {
        assertEquals("done", check(caller("ada", "ADMIN"), "adminOnly"));
        assertEquals("done", check(caller("ed", "EDITOR"), "staff"));
    }

    @Test
    void refusesACallerWithoutAnAllowedRole() {
        var refused = assertThrows(AccessDeniedException.class, () -> check(caller("ed", "EDITOR"), "adminOnly"));
        assertEquals("ed may not call Guarded.adminOnly: it needs one of the roles [ADMIN]", refused.getMessage());
    }

    @Test
    void refusesAnonymousCallers() {
        assertThrows(AccessDeniedException.class, () -> check(caller(null), "staff"));
    }

    @Test
    void takesTheClassRolesForMethodsWithoutTheirOwn() {
        assertThrows(AccessDeniedException.class, () -> check(caller("ed", "EDITOR"), "classRoles"));
    }

    private static Object check(SecurityContext securityContext, String methodName) throws Exception {
        var interceptor = new RolesAllowedInterceptor(securityContext, null);
        return interceptor.checkRoles(new Invocation(Guarded.class.getDeclaredMethod(methodName)));
    }

    @RolesAllowed("ADMIN")
    static class Guarded {

        @RolesAllowed("ADMIN")
        void adminOnly() {}

        @RolesAllowed({"ADMIN", "EDITOR"})
        void staff() {}

        void classRoles() {}
    }

    private static SecurityContext caller(String name, String... roles) {
        return new SecurityContext() {
            @Override
            public Principal getCallerPrincipal() {
                return name == null ? null : () -> name;
            }

            @Override
            public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
                return Set.of();
            }

            @Override
            public boolean isCallerInRole(String role) {
                return Set.of(roles).contains(role);
            }

            @Override
            public boolean hasAccessToWebResource(String resource, String... methods) {
                return false;
            }

            @Override
            public AuthenticationStatus authenticate(
                    HttpServletRequest request, HttpServletResponse response, AuthenticationParameters parameters) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private record Invocation(Method method) implements InvocationContext {

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return Map.of();
        }

        @Override
        public Object proceed() {
            return "done";
        }
    }
}
