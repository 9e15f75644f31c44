package org.meridian.security;

/**
 * What a staff member may do in the admin console. The names are also the Jakarta Security groups and roles of
 * web.xml; the string constants serve annotations, which need compile-time constants.
 */
public enum StaffRole {

    /** The clinic owner: everything an editor does, plus users, clinic facts and the audit log. */
    ADMIN("Administrator"),
    /** Clinic staff who write and publish content. */
    EDITOR("Editor");

    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
