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

    /** Throws unless the version the editor started from is still the stored one. */
    public static void check(long editedVersion, long storedVersion, String what) {
        if (editedVersion != storedVersion) {
            throw new EditConflictException(what);
        }
    }
}
