package org.meridian.clinic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The clinic's facts and coming closures for the page being rendered, as {@code #{clinic.profile.phone}} and so on,
 * read once a request.
 */
@Named("clinic")
@RequestScoped
public class ClinicBacking {

    @Inject
    private ClinicService clinicService;

    private ClinicProfile profile;
    private List<ClinicClosure> closures;

    @PostConstruct
    void load() {
        profile = clinicService.profile();
        closures = clinicService.upcomingClosures();
    }

    public ClinicProfile getProfile() {
        return profile;
    }

    /** Days the clinic is closed from today on, as pages list them under the opening hours. */
    public List<ClinicClosure> getClosures() {
        return closures;
    }
}
