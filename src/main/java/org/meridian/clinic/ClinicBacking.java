package org.meridian.clinic;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridian.system.DatabaseOutage;

/**
 * The clinic's facts and coming closures for the page being rendered, as {@code #{clinic.profile.phone}} and so on,
 * read once a request. While the database is out of reach they are the ones last read, so the outage page still
 * shows the phone number.
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
        try {
            profile = clinicService.profile();
            closures = clinicService.upcomingClosures();
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            profile = clinicService.lastKnownProfile().orElseThrow(() -> e);
            closures = clinicService.lastKnownClosures();
        }
    }

    public ClinicProfile getProfile() {
        return profile;
    }

    /** Days the clinic is closed from today on, as pages list them under the opening hours. */
    public List<ClinicClosure> getClosures() {
        return closures;
    }
}
