package org.meridian.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The admin console's start page, {@code /admin}. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private StaffUserService staffUserService;

    private StaffUser user;

    public void load() {
        user = staffUserService.current();
    }

    public StaffUser getUser() {
        return user;
    }
}
