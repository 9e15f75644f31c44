package org.meridian.system;

/**
 * Someone else saved the same thing while it was being edited here (its version moved on). Nothing was saved: the
 * editor reloads, sees the other change, and makes theirs again, instead of silently overwriting it.
 */
public class EditConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditConflictException(String what) {
        super(what + " was changed by someone else while you were editing it. Your changes were not saved: reload "
                + "the page to see the current version, then make your changes again.");
    }

    /**
     * @param who  who saved the other change
     * @param when when they saved it, as the page shows times
     */
    public EditConflictException(String what, String who, String when) {
        super(what + " was changed by " + who + " on " + when + " while you were editing it. Your changes were not "
                + "saved and are still in the form: copy what you need, reload the page to see the current version, "
                + "then make your changes again.");
    }

    /** Throws unless the version the editor started from is still the stored one. */
    public static void check(long editedVersion, long storedVersion, String what) {
        if (editedVersion != storedVersion) {
            throw new EditConflictException(what);
        }
    }
}
