package org.meridian.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.meridian.security.StaffUser;
import org.meridian.twofactor.TwoFactorService;

/** The staff list, {@code /admin/users} (administrators only). */
@Named
@RequestScoped
public class UsersBacking {

    @Inject
    private StaffUserService staffUserService;

    @Inject
    private TwoFactorService twoFactorService;

    private List<StaffUser> users;
    private Set<Long> twoFactorUserIds;

    public void load() {
        users = staffUserService.all();
        twoFactorUserIds = twoFactorService.enrolledUserIds();
    }

    public boolean hasTwoFactor(StaffUser user) {
        return twoFactorUserIds.contains(user.getId());
    }

    public List<StaffUser> getUsers() {
        return users;
    }
}
