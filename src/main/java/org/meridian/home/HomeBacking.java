package org.meridian.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.article.Article;
import org.meridian.article.ArticleService;
import org.meridian.condition.ConditionService;
import org.meridian.condition.ConditionSummary;

/** The home page: the clinic, its featured and latest articles, the conditions it treats. */
@Named
@RequestScoped
public class HomeBacking {

    static final int LATEST_ARTICLES = 4;

    @Inject
    private ArticleService articleService;

    @Inject
    private ConditionService conditionService;

    private List<Article> featured;
    private List<Article> latest;
    private List<ConditionSummary> conditions;

    public void load() {
        featured = articleService.featured();
        var featuredIds = featured.stream().map(Article::getId).collect(Collectors.toSet());
        latest = articleService.latest(LATEST_ARTICLES + featured.size()).stream()
                .filter(article -> !featuredIds.contains(article.getId()))
                .limit(LATEST_ARTICLES)
                .toList();
        conditions = conditionService.summaries().stream()
                .filter(summary -> summary.articleCount() > 0)
                .toList();
    }

    public List<Article> getFeatured() {
        return featured;
    }

    public List<Article> getLatest() {
        return latest;
    }

    public List<ConditionSummary> getConditions() {
        return conditions;
    }
}
