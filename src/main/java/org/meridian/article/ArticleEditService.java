package org.meridian.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;
import org.meridian.security.StaffRole;

/**
 * Writing articles: opening one in the editor, creating, saving and deleting it, its preview, and the save of an
 * article imported from WordPress. The form's field rules are checked on the way in ({@code @Valid}); every save
 * checks the version the editor started from and stores a revision ({@link ArticleWriter}).
 */
@ApplicationScoped
public class ArticleEditService {

    @Inject
    private ArticleRepository articles;

    @Inject
    private ArticleRules rules;

    @Inject
    private ArticleWriter writer;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChangeFeed;

    /** An article as the editor opens it: its state, and the content to edit (its pending changes, if any). */
    public record Editing(Article article, ArticleContent content) {}

    /** In one transaction, so the conditions and references of the content are read with the article. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public Optional<Editing> findForEditing(long id) {
        return articles.findById(id).map(article -> new Editing(article, article.workingContent()));
    }

    /** Adds a draft article; an empty address is made from the title (with -2, -3... when that one is taken). */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public Article create(@NotNull @Valid ArticleForm form) {
        return writer.create(rules.checked(form, null));
    }

    /**
     * Saves the editor's form, unless someone else saved the article since {@code version}. A published article
     * keeps showing its live version; the saved content waits as its pending changes.
     *
     * @return the article's version after the save, for the editor's next step
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public long save(long id, long version, @NotNull @Valid ArticleForm form) {
        var article = writer.current(id, version);
        writer.saveContent(article, rules.checked(form, id), null);
        return article.getVersion();
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void delete(long id, long version) {
        var article = writer.current(id, version);
        var wasPublished = article.isPublished();
        articles.remove(article);
        writer.flush(article.getSlug());
        if (wasPublished) {
            contentChangeFeed.record(ContentKind.ARTICLE, id);
        }
        auditLog.record(AuditAction.ARTICLE_DELETED, article.getTitle(), "/articles/" + article.getSlug());
    }

    /**
     * The article as patients will see it once its current content is published: a copy that is never saved, with
     * its conditions and hero image, for the preview page.
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public Optional<Article> preview(long id) {
        return articles.findById(id).map(stored -> {
            var content = stored.workingContent();
            var copy = new Article(
                    content.title(), content.slug(), content.summary(), content.bodyHtml(), content.authorName());
            copy.apply(content, articles.findConditions(content.conditionIds()), writer.hero(content));
            copy.publish(stored.getPublishedAt() == null ? Instant.now() : stored.getPublishedAt());
            return copy;
        });
    }

    /**
     * Saves an article brought in from another system (the WordPress import): a new article when {@code id} is null
     * or names none any more, else a new revision of that one; then published or scheduled as {@code imported}
     * says. Joins the importer's transaction, so the whole import is kept or none of it. Content that breaks a rule
     * of the editor's form is refused with the first rule it breaks.
     */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public Article saveImported(Long id, ImportedArticle imported) {
        var existing = id == null ? Optional.<Article>empty() : articles.findById(id);
        Article article;
        if (existing.isPresent()) {
            article = existing.get();
            writer.saveContent(
                    article,
                    rules.checked(imported.mergedInto(article.workingContent()), article.getId()),
                    "Imported from WordPress");
        } else {
            article = writer.create(rules.checked(imported.asNew(), null));
        }
        if (imported.publishedAt() != null && (!article.isPublished() || article.hasPendingChanges())) {
            writer.publish(
                    article,
                    writer.currentUser(),
                    article.getPublishedAt() == null ? imported.publishedAt() : Instant.now());
        } else if (imported.publishAt() != null && !article.isPublished()) {
            article.schedule(imported.publishAt(), null);
        }
        return article;
    }
}
