package org.meridian.clinic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The clinic's facts for the page being rendered, as {@code #{clinic.profile.phone}} and so on, read once a request. */
@Named("clinic")
@RequestScoped
public class ClinicBacking {

    @Inject
    private ClinicService clinicService;

    private ClinicProfile profile;

    @PostConstruct
    void load() {
        profile = clinicService.profile();
    }

    public ClinicProfile getProfile() {
        return profile;
    }
}
