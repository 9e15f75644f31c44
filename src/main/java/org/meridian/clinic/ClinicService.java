package org.meridian.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads the clinic's facts: the one place every page gets its name, phone, address and hours from. */
@ApplicationScoped
public class ClinicService {

    @PersistenceContext
    private EntityManager entityManager;

    /** The clinic's facts; they exist from the first start on (created with the demo content or by set-up). */
    public ClinicProfile profile() {
        var profile = entityManager.find(ClinicProfile.class, ClinicProfile.ID);
        if (profile == null) {
            throw new IllegalStateException("The clinic profile is missing: the database was not set up");
        }
        return profile;
    }
}
