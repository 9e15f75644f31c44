package org.meridian.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.system.HttpErrors;
import org.meridian.system.Page;
import org.omnifaces.cdi.Param;

/** A condition hub, {@code /conditions/{slug}}: what the condition is and the newest articles about it. */
@Named
@RequestScoped
public class ConditionHubBacking {

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    @Inject
    private ConditionService conditionService;

    @Inject
    private ArticleService articleService;

    private Condition condition;
    private Page<Article> articles;

    public void load() {
        var found = conditionService.find(slug);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        condition = found.get();
        articles = articleService.library(LibraryFilter.forCondition(condition.getSlug()));
    }

    /** The library filtered by this condition, where every article about it is listed page by page. */
    public String getLibraryQuery() {
        return LibraryFilter.forCondition(condition.getSlug()).toQueryString();
    }

    public Condition getCondition() {
        return condition;
    }

    public Page<Article> getArticles() {
        return articles;
    }
}
