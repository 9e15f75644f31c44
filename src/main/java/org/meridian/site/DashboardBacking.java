package org.meridian.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.article.ArticleOverviewService;
import org.meridian.clinic.ClinicService;
import org.meridian.security.SignedInStaff;
import org.meridian.security.StaffUser;

/** The admin console's start page, {@code /admin}: who is signed in, and the articles that need attention. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private SignedInStaff signedIn;

    @Inject
    private ArticleOverviewService articleOverviewService;

    @Inject
    private ClinicService clinicService;

    private StaffUser user;
    private ArticleOverviewService.Dashboard articles;
    private boolean clinicAwaitingSetUp;

    public void load() {
        user = signedIn.current();
        articles = articleOverviewService.dashboard();
        clinicAwaitingSetUp = clinicService.profile().isAwaitingSetUp();
    }

    /** True on a new site whose clinic name, phone or address are not entered yet (StarterClinicFacts). */
    public boolean isClinicAwaitingSetUp() {
        return clinicAwaitingSetUp;
    }

    public StaffUser getUser() {
        return user;
    }

    public ArticleOverviewService.Dashboard getArticles() {
        return articles;
    }
}
