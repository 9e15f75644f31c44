package org.meridian.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The staff list, {@code /admin/users} (administrators only). */
@Named
@RequestScoped
public class UsersBacking {

    @Inject
    private StaffUserService staffUserService;

    private List<StaffUser> users;

    public void load() {
        users = staffUserService.all();
    }

    public List<StaffUser> getUsers() {
        return users;
    }
}
