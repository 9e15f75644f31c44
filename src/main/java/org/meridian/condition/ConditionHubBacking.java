package org.meridian.condition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.meridian.article.Article;
import org.meridian.article.ArticleService;
import org.meridian.article.LibraryFilter;
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
