package org.meridian.contact;

/** Where a patient's request stands in the clinic's work. */
public enum RequestStatus {
    NEW("New"),
    CONTACTED("Contacted"),
    BOOKED("Booked"),
    CLOSED("Closed");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
