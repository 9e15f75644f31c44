package org.meridian.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.meridian.security.StaffRole;
import org.meridian.system.SiteSettings;

/** What the admin console lists of the articles: the article list, page by page, and the dashboard. */
@ApplicationScoped
public class ArticleOverviewService {

    static final int DASHBOARD_ROWS = 20;

    @Inject
    private ArticleRepository articles;

    @Inject
    private SiteSettings siteSettings;

    /** What the dashboard lists. */
    public record Dashboard(
            List<Article> drafts, List<Article> inReview, List<Article> scheduled, List<Article> reviewDue) {}

    /** One page of the console's article list. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<Article> listed(ArticleQuery query, int first, int max) {
        return articles.findForConsole(query, first, max);
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public long count(ArticleQuery query) {
        return articles.countForConsole(query);
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public Dashboard dashboard() {
        return new Dashboard(
                articles.findDrafts(DASHBOARD_ROWS),
                articles.findInReview(DASHBOARD_ROWS),
                articles.findScheduled(DASHBOARD_ROWS),
                articles.findReviewDue(LocalDate.now(siteSettings.timeZone()), DASHBOARD_ROWS));
    }
}
