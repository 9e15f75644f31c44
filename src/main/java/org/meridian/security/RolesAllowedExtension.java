package org.meridian.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.util.Nonbinding;

/**
 * Makes {@link RolesAllowed} work on CDI beans. Jakarta EE enforces it on EJBs only, and Payara's own CDI
 * counterpart is a different annotation ({@code fish.payara.cdi.auth.roles.RolesPermitted}); this turns the standard
 * annotation into an interceptor binding for {@link RolesAllowedInterceptor}, whatever roles it names.
 */
public class RolesAllowedExtension implements Extension {

    void bindRolesAllowed(@Observes BeforeBeanDiscovery discovery) {
        discovery
                .configureInterceptorBinding(RolesAllowed.class)
                .methods()
                .forEach(member -> member.add(Nonbinding.Literal.INSTANCE));
    }
}
