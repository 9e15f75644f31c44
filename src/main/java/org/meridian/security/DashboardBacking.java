package org.meridian.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.article.ArticleEditService;

/** The admin console's start page, {@code /admin}: who is signed in, and the articles that need attention. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private StaffUserService staffUserService;

    @Inject
    private ArticleEditService articleEditService;

    private StaffUser user;
    private ArticleEditService.Dashboard articles;

    public void load() {
        user = staffUserService.current();
        articles = articleEditService.dashboard();
    }

    public StaffUser getUser() {
        return user;
    }

    public ArticleEditService.Dashboard getArticles() {
        return articles;
    }
}
