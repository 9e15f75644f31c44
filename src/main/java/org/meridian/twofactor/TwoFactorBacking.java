package org.meridian.twofactor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.meridian.system.FacesForms;
import org.meridian.system.InvalidInputException;
import org.omnifaces.util.Faces;

/**
 * Two-factor sign-in of the signed-in user, {@code /admin/two-factor}: set it up (a new key as text and QR code,
 * confirmed with a code from the app), then see the recovery codes once; later, new recovery codes or turning it
 * off, each with a current code. View-scoped, because the offered key must stay the same from showing it to the
 * confirmation; it is kept on the server only.
 */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String SETUP_FORM = "setup";
    static final String MANAGE_FORM = "manage";
    private static final String PAGE = "admin/two-factor";
    /** Flash key of recovery codes just made: shown on the next page only, never stored in the clear. */
    private static final String NEW_CODES = "recoveryCodes";

    @Inject
    private TwoFactorService twoFactorService;

    private TwoFactorStatus status;
    private boolean required;
    private String secret;
    private String qrCodeSvg;
    private List<String> recoveryCodes = List.of();
    private String code;

    @SuppressWarnings("unchecked")
    public void load() {
        status = twoFactorService.currentStatus().orElse(null);
        required = twoFactorService.isRequired();
        var flashed = Faces.getFlashAttribute(NEW_CODES);
        if (flashed instanceof List<?> codes) {
            recoveryCodes = (List<String>) codes;
        }
        if (status == null && secret == null) {
            var setup = twoFactorService.newSetup();
            secret = setup.base32Secret();
            qrCodeSvg = setup.qrCodeSvg();
        }
    }

    public void enrol() {
        try {
            showCodesThenReload(
                    twoFactorService.enrol(secret, code),
                    "Two-factor sign-in is on. From now on you "
                            + "sign in with your password and a code from your app.");
        } catch (InvalidInputException e) {
            FacesForms.refused(SETUP_FORM, e);
        }
    }

    public void renewRecoveryCodes() {
        try {
            showCodesThenReload(
                    twoFactorService.renewRecoveryCodes(code),
                    "New recovery codes are made; the old " + "ones no longer work.");
        } catch (InvalidInputException e) {
            FacesForms.refused(MANAGE_FORM, e);
        }
    }

    public void disable() {
        try {
            twoFactorService.disable(code);
            FacesForms.savedThenGo("Two-factor sign-in is off. You sign in with your password only.", PAGE);
        } catch (InvalidInputException e) {
            FacesForms.refused(MANAGE_FORM, e);
        }
    }

    private void showCodesThenReload(List<String> codes, String message) {
        Faces.setFlashAttribute(NEW_CODES, codes);
        FacesForms.savedThenGo(message, PAGE);
    }

    public boolean isEnrolled() {
        return status != null;
    }

    public TwoFactorStatus getStatus() {
        return status;
    }

    public boolean isRequired() {
        return required;
    }

    /** The offered key in groups of four, as people copy it into an app by hand. */
    public String getGroupedSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getQrCodeSvg() {
        return qrCodeSvg;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
