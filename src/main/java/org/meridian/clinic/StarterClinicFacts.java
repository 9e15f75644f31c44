package org.meridian.clinic;

import static jakarta.interceptor.Interceptor.Priority.APPLICATION;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * The clinic's facts on a first start without demo content (production on an empty database): every page shows
 * clinic facts, so there must be some before the first visitor, the sign-in page included. The name, phone and
 * address say "Not set yet" until an administrator enters them under Clinic facts (the dashboard asks for it); the
 * notices are ready to use. Runs after the demo content, which brings its own facts, and never over existing ones.
 */
@ApplicationScoped
public class StarterClinicFacts {

    /** Observer order at start: demo content first, then these, then {@link ClinicService} reads the facts. */
    public static final int DEMO_CONTENT_PRIORITY = APPLICATION + 100;

    static final int PRIORITY = APPLICATION + 200;

    private static final Logger LOG = Logger.getLogger(StarterClinicFacts.class.getName());

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional
    void createOnFirstStart(@Observes @Priority(PRIORITY) Startup startup) {
        if (entityManager.find(ClinicProfile.class, ClinicProfile.ID) != null) {
            return;
        }
        entityManager.persist(facts());
        LOG.warning("The clinic's facts are not set yet: sign in as an administrator and enter them under "
                + "'Clinic facts' before the site goes live");
    }

    /**
     * Facts with "Not set yet" for the clinic's own details and the standard notices (medical disclaimer,
     * emergency notice, privacy notice), which the demo clinic shares.
     */
    public static ClinicProfile facts() {
        var clinic = new ClinicProfile();
        clinic.setName(ClinicProfile.NOT_SET);
        clinic.setPhone(ClinicProfile.NOT_SET);
        clinic.setStreetAddress(ClinicProfile.NOT_SET);
        clinic.setLocality("-");
        clinic.setRegion("-");
        clinic.setPostalCode("-");
        clinic.setCountry("US");
        clinic.setDirectionsUrl("https://www.openstreetmap.org/");
        clinic.setDisclaimer("This article is for general information and is not a substitute for professional "
                + "medical advice, diagnosis or treatment. Always ask your doctor or another qualified health "
                + "provider about a medical condition.");
        clinic.setEmergencyNotice("If this is a medical emergency, call 911 now. Do not use this site or its "
                + "forms for emergencies.");
        // The same text as migration V20 gives databases that existed before the privacy notice did.
        clinic.setPrivacyNotice("When you send us a contact or appointment request, we store your name, the phone "
                + "number and/or email address you give, how and when you prefer to be contacted, whether you are a new "
                + "or returning patient, the condition you are interested in and your short message. We use them only "
                + "to answer your request. Only clinic staff can read them. We delete every request automatically after "
                + "the period shown below, and sooner if you ask us to: call or write to the clinic. Our notification "
                + "emails never contain your details. We use no tracking, no advertising cookies and no third-party "
                + "scripts on this website. Please do not send detailed health information through the form: we will "
                + "talk about your health in person or on the phone.");
        return clinic;
    }
}
