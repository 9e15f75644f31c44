package org.meridian.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.meridian.system.HttpErrors;

/**
 * The console's preview, {@code /admin/articles/preview?id=7}: the article's current content (its pending changes,
 * if it has any) in the public article layout, for signed-in staff only.
 */
@Named
@RequestScoped
public class ArticlePreviewBacking {

    @Inject
    private ArticleEditService editService;

    private Long id;
    private Article article;

    public void load() {
        var found = id == null ? Optional.<Article>empty() : editService.preview(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        article = found.get();
    }

    public Article getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
