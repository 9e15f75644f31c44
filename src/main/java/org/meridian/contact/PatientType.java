package org.meridian.contact;

/** Whether the patient has been treated at the clinic before. */
public enum PatientType {
    NEW("New patient"),
    RETURNING("Returning patient");

    private final String label;

    PatientType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
