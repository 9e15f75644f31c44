package org.meridian.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.security.PasswordPolicy;
import org.meridian.system.FacesForms;
import org.meridian.system.InvalidInputException;
import org.omnifaces.util.Messages;

/** Changing one's own password, {@code /admin/password}. */
@Named
@RequestScoped
public class PasswordBacking {

    static final String FORM = "password";

    @Inject
    private StaffUserService staffUserService;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public void change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Messages.addError(FORM + ":repeatedPassword", "The two new passwords are not the same.");
            return;
        }
        try {
            staffUserService.changeOwnPassword(currentPassword, newPassword);
            FacesForms.savedThenGo("Your password has been changed.", "admin/");
        } catch (InvalidInputException e) {
            FacesForms.refused(FORM, e);
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
