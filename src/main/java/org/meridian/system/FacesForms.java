package org.meridian.system;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** How admin forms answer: a refused field gets its reason next to it; a save redirects with a flash message. */
public final class FacesForms {

    private FacesForms() {}

    /** Shows why the service refused the input, next to the field of {@code formId} it is about. */
    public static void refused(String formId, InvalidInputException refusal) {
        Messages.addError(formId + ":" + refusal.getField(), refusal.getMessage());
        Faces.validationFailed();
    }

    /** Shows an edit conflict above the form, which keeps what the editor typed. */
    public static void conflict(EditConflictException conflict) {
        Messages.addGlobalError(conflict.getMessage());
        Faces.validationFailed();
    }

    /** Post-Redirect-Get: {@code message} is shown once on the page at {@code url} (relative to the site root). */
    public static void savedThenGo(String message, String url) {
        Messages.addFlashGlobalInfo(message);
        Faces.redirect(url);
    }
}
