package org.meridian.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.security.StaffRole;
import org.meridian.system.EditConflictException;
import org.meridian.system.FacesForms;
import org.meridian.system.HttpErrors;
import org.meridian.system.InvalidInputException;
import org.meridian.twofactor.TwoFactorService;

/**
 * Adds a staff member ({@code /admin/users/edit}) or changes one ({@code /admin/users/edit?id=7}): details, role,
 * whether they may sign in, and a new password when they forgot theirs.
 */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "user";
    static final String PASSWORD_FORM = "reset";
    static final String LIST = "admin/users";

    @Inject
    private StaffUserService staffUserService;

    @Inject
    private TwoFactorService twoFactorService;

    private Long id;
    private long version;
    private String username;
    private String displayName;
    private String email;
    private StaffRole role = StaffRole.EDITOR;
    private boolean enabled = true;
    private String password;
    private String newPassword;
    private boolean twoFactor;

    public void load() {
        if (id == null) {
            return;
        }
        var found = staffUserService.find(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        var user = found.get();
        version = user.getVersion();
        username = user.getUsername();
        displayName = user.getDisplayName();
        email = user.getEmail();
        role = user.getRole();
        enabled = user.isEnabled();
        twoFactor = twoFactorService.isEnrolled(user);
    }

    public void save() {
        try {
            if (isNew()) {
                var user = staffUserService.create(username, displayName, email, role, password);
                FacesForms.savedThenGo(
                        "Added " + user.getUsername() + ". Tell them their password in person, and "
                                + "ask them to change it after signing in.",
                        LIST);
            } else {
                staffUserService.update(id, version, displayName, email, role, enabled);
                FacesForms.savedThenGo("Saved the changes to " + username + ".", LIST);
            }
        } catch (InvalidInputException e) {
            FacesForms.refused(FORM, e);
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public void resetPassword() {
        try {
            staffUserService.resetPassword(id, newPassword);
            FacesForms.savedThenGo("Set a new password for " + username + ".", LIST);
        } catch (InvalidInputException e) {
            FacesForms.refused(PASSWORD_FORM, e);
        }
    }

    /** For a lost phone: they sign in with their password again, or set up a new app when it is required. */
    public void resetTwoFactor() {
        var message = twoFactorService.reset(id)
                ? "Two-factor sign-in of " + username + " is reset. They sign in "
                        + "with their password and can set it up again."
                : username + " has no two-factor sign-in.";
        FacesForms.savedThenGo(message, LIST);
    }

    public boolean isTwoFactor() {
        return twoFactor;
    }

    public boolean isNew() {
        return id == null;
    }

    public StaffRole[] getRoles() {
        return StaffRole.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffRole getRole() {
        return role;
    }

    public void setRole(StaffRole role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
