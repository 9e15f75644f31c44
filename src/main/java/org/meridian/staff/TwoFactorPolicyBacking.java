package org.meridian.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.system.FacesForms;
import org.meridian.twofactor.TwoFactorService;

/** The administrators' setting on {@code /admin/users}: require two-factor sign-in of all staff. */
@Named
@RequestScoped
public class TwoFactorPolicyBacking {

    @Inject
    private TwoFactorService twoFactorService;

    private boolean required;

    public void load() {
        required = twoFactorService.isRequired();
    }

    public void save() {
        twoFactorService.require(required);
        FacesForms.savedThenGo(
                required
                        ? "Two-factor sign-in is now required: staff without it set it up at their "
                                + "next step in the console."
                        : "Two-factor sign-in is no longer required.",
                UserEditBacking.LIST);
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }
}
