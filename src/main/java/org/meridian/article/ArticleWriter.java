package org.meridian.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;
import org.meridian.media.MediaAsset;
import org.meridian.system.DateFormats;
import org.meridian.system.EditConflictException;
import org.meridian.system.InvalidInputException;

/**
 * The steps the article services share, inside their transactions: reading the article at the version the editor
 * started from, storing content as a revision and, when the article is published, keeping the changes aside until
 * they are published. Whatever changes what patients see records a content change in the same transaction, so every
 * instance renders its pages and search index anew. Its callers check the roles.
 */
@ApplicationScoped
public class ArticleWriter {

    private static final String THIS_ARTICLE = "This article";

    @Inject
    private ArticleRepository articles;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChangeFeed;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private DateFormats dates;

    @Inject
    private ArticleRules rules;

    /** Adds a draft article with content that passed {@link ArticleRules#checked}. */
    Article create(ArticleContent checked) {
        var article = new Article(
                checked.title(), checked.slug(), checked.summary(), checked.bodyHtml(), checked.authorName());
        article.apply(checked, articles.findConditions(checked.conditionIds()), hero(checked));
        article.editedBy(currentUser(), Instant.now());
        articles.save(article);
        flush(checked.slug());
        storeRevision(article, checked, null);
        auditLog.record(AuditAction.ARTICLE_CREATED, article.getTitle(), null);
        return article;
    }

    /**
     * Saves checked content as the article's next revision. A published article keeps showing its live version; the
     * content waits as its pending changes.
     */
    void saveContent(Article article, ArticleContent content, String note) {
        if (articles.lastRevisionNumber(article.getId()) == 0) {
            // Written before revisions were kept (the demo content, or by an older version): keep that too.
            articles.saveRevision(new ArticleRevision(
                    article.getId(),
                    1,
                    article.workingContent(),
                    AuditLog.SYSTEM,
                    article.getUpdatedAt(),
                    "As it was before its first revision"));
        }
        if (article.isPublished() && content.equals(article.liveContent())) {
            // Saved back to what patients read (or saved without a change): nothing is pending any more.
            article.discardPendingChanges();
        } else if (article.isPublished()) {
            article.holdPendingChanges(content);
        } else {
            article.apply(content, articles.findConditions(content.conditionIds()), hero(content));
        }
        touched(article);
        flush(content.slug());
        storeRevision(article, content, note);
    }

    /** Publishes the article; {@code at} is its publication date if it was never published, and its update date. */
    void publish(Article article, String actor, Instant at) {
        if (article.hasPendingChanges()) {
            var content = article.workingContent();
            rules.slugFree(content.slug(), article.getId());
            article.apply(content, articles.findConditions(content.conditionIds()), hero(content));
        }
        article.publish(at);
        article.editedBy(actor, Instant.now());
        flush(article.getSlug());
        contentChangeFeed.record(ContentKind.ARTICLE, article.getId());
        auditLog.recordAs(actor, AuditAction.ARTICLE_PUBLISHED, article.getTitle(), "/articles/" + article.getSlug());
    }

    void unpublish(Article article, String actor) {
        var now = Instant.now();
        article.unpublish(now);
        article.editedBy(actor, now);
        flush(article.getSlug());
        contentChangeFeed.record(ContentKind.ARTICLE, article.getId());
        auditLog.recordAs(actor, AuditAction.ARTICLE_UNPUBLISHED, article.getTitle(), "/articles/" + article.getSlug());
    }

    /** The article, if nobody saved it since the editor read {@code version}. */
    Article current(long id, long version) {
        var article = articles.findById(id).orElseThrow(() -> new EditConflictException(THIS_ARTICLE));
        if (article.getVersion() != version) {
            throw conflict(article);
        }
        return article;
    }

    void touched(Article article) {
        article.editedBy(currentUser(), Instant.now());
    }

    String currentUser() {
        var caller = securityContext.getCallerPrincipal();
        return caller == null ? AuditLog.SYSTEM : caller.getName();
    }

    MediaAsset hero(ArticleContent content) {
        return content.heroImageId() == null
                ? null
                : articles.findMedia(content.heroImageId()).orElse(null);
    }

    void flush(String slug) {
        try {
            articles.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(THIS_ARTICLE);
        } catch (PersistenceException e) {
            // Two people gave two articles the same new address at once; the unique constraint caught the second.
            throw new InvalidInputException(
                    "slug",
                    "The address /articles/" + slug + " was just taken by another " + "article. Choose another one.");
        }
    }

    private void storeRevision(Article article, ArticleContent content, String note) {
        var number = articles.lastRevisionNumber(article.getId()) + 1;
        articles.saveRevision(
                new ArticleRevision(article.getId(), number, content, currentUser(), Instant.now(), note));
    }

    private EditConflictException conflict(Article article) {
        return article.getEditedBy() == null
                ? new EditConflictException(THIS_ARTICLE)
                : new EditConflictException(
                        "\u201c" + article.getTitle() + "\u201d",
                        article.getEditedBy(),
                        dates.dateTime(article.getEditedAt()));
    }
}
