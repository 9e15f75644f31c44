package org.meridian.contact;

/** How a patient prefers to be reached. */
public enum ContactMethod {
    PHONE("Phone"),
    EMAIL("Email"),
    EITHER("Either");

    private final String label;

    ContactMethod(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
