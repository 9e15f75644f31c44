package org.meridian.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridian.system.HttpErrors;
import org.omnifaces.cdi.Param;

/** The article page, {@code /articles/{slug}}. */
@Named
@RequestScoped
public class ArticleBacking {

    @Inject
    @Param(pathIndex = 0)
    private String slug;

    @Inject
    private ArticleService articleService;

    private Article article;
    private List<Article> related = List.of();

    public void load() {
        var found = articleService.findPublished(slug);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        article = found.get();
        related = articleService.related(article);
    }

    public Article getArticle() {
        return article;
    }

    public List<Article> getRelated() {
        return related;
    }
}
