package org.meridian.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;
import org.meridian.media.MediaAsset;
import org.meridian.security.StaffRole;
import org.meridian.system.DateFormats;
import org.meridian.system.EditConflictException;
import org.meridian.system.InvalidInputException;
import org.meridian.system.SiteSettings;
import org.meridian.system.Slugs;

/**
 * Writing and publishing articles. Every save checks the version the editor started from, stores a revision and,
 * when the article is published, keeps the changes aside until they are published. Whatever changes what patients
 * see records a content change in the same transaction, so every instance renders its pages and search index anew.
 */
@ApplicationScoped
public class ArticleEditService {

    static final int DASHBOARD_ROWS = 20;
    private static final String THIS_ARTICLE = "This article";

    @Inject
    private ArticleRepository articles;

    @Inject
    private ConditionService conditionService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChangeFeed;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private DateFormats dates;

    @Inject
    @ConfigProperty(name = SiteSettings.TIME_ZONE)
    private ZoneId zone;

    /** An article as the editor opens it: its state, and the content to edit (its pending changes, if any). */
    public record Editing(Article article, ArticleContent content) {}

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

    /** In one transaction, so the conditions and references of the content are read with the article. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public Optional<Editing> findForEditing(long id) {
        return articles.findById(id).map(article -> new Editing(article, article.workingContent()));
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public Dashboard dashboard() {
        return new Dashboard(
                articles.findDrafts(DASHBOARD_ROWS),
                articles.findInReview(DASHBOARD_ROWS),
                articles.findScheduled(DASHBOARD_ROWS),
                articles.findReviewDue(LocalDate.now(zone), DASHBOARD_ROWS));
    }

    /** Adds a draft article; an empty address is made from the title (with -2, -3... when that one is taken). */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public Article create(ArticleContent content) {
        var checked = checked(content, null);
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
     * Saves the editor's content, unless someone else saved the article since {@code version}. A published article
     * keeps showing its live version; the saved content waits as its pending changes.
     *
     * @return the article's version after the save, for the editor's next step
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public long save(long id, long version, ArticleContent content) {
        var article = current(id, version);
        saveContent(article, checked(content, id), null);
        return article.getVersion();
    }

    /** Makes an old revision the current content again, as a new revision. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void restore(long id, long version, int number) {
        var article = current(id, version);
        var old = articles.findRevision(id, number)
                .orElseThrow(() -> noRevision(number))
                .getContent();
        // Conditions and images deleted since are left out rather than refusing the whole restore.
        var conditionIds = articles.findConditions(old.conditionIds()).stream()
                .map(Condition::getId)
                .toList();
        var heroId = old.heroImageId() != null
                        && articles.findMedia(old.heroImageId()).isPresent()
                ? old.heroImageId()
                : null;
        var restored = new ArticleContent(
                old.title(),
                old.slug(),
                old.summary(),
                old.bodyHtml(),
                heroId,
                old.authorName(),
                old.reviewerName(),
                old.reviewerCredentials(),
                old.lastReviewedOn(),
                old.reviewDueOn(),
                old.featured(),
                old.hiddenFromSearchEngines(),
                conditionIds,
                old.references());
        saveContent(article, checked(restored, id), "Restored revision " + number);
        auditLog.record(AuditAction.ARTICLE_RESTORED, article.getTitle(), "Revision " + number);
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void sendForReview(long id, long version) {
        var article = current(id, version);
        if (article.isPublished() && !article.hasPendingChanges()) {
            throw new InvalidInputException(
                    "workflow", "Save your changes first: the published version has been " + "reviewed already.");
        }
        article.sendForReview();
        touched(article);
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void backToDraft(long id, long version) {
        var article = current(id, version);
        article.backToDraft();
        touched(article);
    }

    /** Publishes the article now: its pending changes replace the live version, or a draft goes online. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void publish(long id, long version) {
        publishNow(current(id, version), currentUser());
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void unpublish(long id, long version) {
        var article = current(id, version);
        if (!article.isPublished()) {
            throw new InvalidInputException("workflow", "The article is not published.");
        }
        unpublishNow(article, currentUser());
    }

    /** Throws away the pending changes of a published article; the live version stays as it is. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void discardPendingChanges(long id, long version) {
        var article = current(id, version);
        article.discardPendingChanges();
        touched(article);
    }

    /**
     * Sets (or, with nulls, clears) when the article is published and unpublished, in the clinic's time zone.
     * The scheduler carries the changes out within a period of their time, on one instance.
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void schedule(long id, long version, LocalDateTime publishAt, LocalDateTime unpublishAt) {
        var article = current(id, version);
        var now = Instant.now();
        var publishing = publishAt == null ? null : publishAt.atZone(zone).toInstant();
        var unpublishing = unpublishAt == null ? null : unpublishAt.atZone(zone).toInstant();
        if (publishing != null && !publishing.isAfter(now)) {
            throw new InvalidInputException("publishAt", "Choose a time in the future, or publish now.");
        }
        if (unpublishing != null && !unpublishing.isAfter(now)) {
            throw new InvalidInputException("unpublishAt", "Choose a time in the future, or unpublish now.");
        }
        if (publishing != null && unpublishing != null && !unpublishing.isAfter(publishing)) {
            throw new InvalidInputException("unpublishAt", "Unpublishing must come after publishing.");
        }
        if (publishing != null && article.isPublished() && !article.hasPendingChanges()) {
            throw new InvalidInputException(
                    "publishAt",
                    "The article is published and has no pending changes to " + "publish. Save changes first.");
        }
        article.schedule(publishing, unpublishing);
        touched(article);
        auditLog.record(
                AuditAction.ARTICLE_SCHEDULED,
                article.getTitle(),
                publishing == null && unpublishing == null
                        ? "Schedule cleared"
                        : (publishing == null ? "" : "Publish " + dates.dateTime(publishing) + ". ")
                                + (unpublishing == null ? "" : "Unpublish " + dates.dateTime(unpublishing) + "."));
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void delete(long id, long version) {
        var article = current(id, version);
        var wasPublished = article.isPublished();
        articles.remove(article);
        flush(article.getSlug());
        if (wasPublished) {
            contentChangeFeed.record(ContentKind.ARTICLE, id);
        }
        auditLog.record(AuditAction.ARTICLE_DELETED, article.getTitle(), "/articles/" + article.getSlug());
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<RevisionSummary> revisions(long id) {
        return articles.findRevisions(id);
    }

    /** Revision {@code from} and revision {@code to} of an article, line by line. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<RevisionDiff.Line> compare(long id, int from, int to) {
        var older = articles.findRevision(id, from)
                .orElseThrow(() -> noRevision(from))
                .getContent();
        var newer =
                articles.findRevision(id, to).orElseThrow(() -> noRevision(to)).getContent();
        var names = conditionService.all().stream().collect(Collectors.toMap(Condition::getId, Condition::getName));
        return RevisionDiff.between(older.toLines(names), newer.toLines(names));
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
            copy.apply(content, articles.findConditions(content.conditionIds()), hero(content));
            copy.publish(stored.getPublishedAt() == null ? Instant.now() : stored.getPublishedAt());
            return copy;
        });
    }

    /**
     * Saves an article brought in from another system (the WordPress import): a new article when {@code id} is null
     * or names none any more, else a new revision of that one; then published or scheduled as {@code imported}
     * says. Joins the importer's transaction, so the whole import is kept or none of it.
     */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public Article saveImported(Long id, ImportedArticle imported) {
        var existing = id == null ? Optional.<Article>empty() : articles.findById(id);
        Article article;
        if (existing.isPresent()) {
            article = existing.get();
            saveContent(
                    article,
                    checked(imported.mergedInto(article.workingContent()), article.getId()),
                    "Imported from WordPress");
        } else {
            article = create(imported.asNew());
        }
        if (imported.publishedAt() != null && (!article.isPublished() || article.hasPendingChanges())) {
            publish(article, currentUser(), article.getPublishedAt() == null ? imported.publishedAt() : Instant.now());
        } else if (imported.publishAt() != null && !article.isPublished()) {
            article.schedule(imported.publishAt(), null);
        }
        return article;
    }

    /**
     * Articles whose scheduled publication or unpublication time has come. Read in a transaction, as the scheduler
     * reads on a thread of its own (see search/IndexReads for why).
     */
    @Transactional
    List<Long> duePublications(Instant now) {
        return articles.findDueToPublish(now);
    }

    @Transactional
    List<Long> dueUnpublications(Instant now) {
        return articles.findDueToUnpublish(now);
    }

    /** Carries out a scheduled publication (the scheduler's own call: no one is signed in). */
    @Transactional
    void publishScheduled(long id, Instant now) {
        articles.findById(id)
                .filter(article -> article.getPublishAt() != null
                        && !article.getPublishAt().isAfter(now))
                .ifPresent(article -> publishNow(article, AuditLog.SYSTEM));
    }

    @Transactional
    void unpublishScheduled(long id, Instant now) {
        articles.findById(id)
                .filter(article -> article.getUnpublishAt() != null
                        && !article.getUnpublishAt().isAfter(now))
                .ifPresent(article -> {
                    if (article.isPublished()) {
                        unpublishNow(article, AuditLog.SYSTEM);
                    } else {
                        article.schedule(article.getPublishAt(), null);
                    }
                });
    }

    private void publishNow(Article article, String actor) {
        publish(article, actor, Instant.now());
    }

    /** Publishes the article; {@code at} is its publication date if it was never published, and its update date. */
    private void publish(Article article, String actor, Instant at) {
        if (article.hasPendingChanges()) {
            var content = article.workingContent();
            slugFree(content.slug(), article.getId());
            article.apply(content, articles.findConditions(content.conditionIds()), hero(content));
        }
        article.publish(at);
        article.editedBy(actor, Instant.now());
        flush(article.getSlug());
        contentChangeFeed.record(ContentKind.ARTICLE, article.getId());
        auditLog.recordAs(actor, AuditAction.ARTICLE_PUBLISHED, article.getTitle(), "/articles/" + article.getSlug());
    }

    private void unpublishNow(Article article, String actor) {
        var now = Instant.now();
        article.unpublish(now);
        article.editedBy(actor, now);
        flush(article.getSlug());
        contentChangeFeed.record(ContentKind.ARTICLE, article.getId());
        auditLog.recordAs(actor, AuditAction.ARTICLE_UNPUBLISHED, article.getTitle(), "/articles/" + article.getSlug());
    }

    private void saveContent(Article article, ArticleContent content, String note) {
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

    private void storeRevision(Article article, ArticleContent content, String note) {
        var number = articles.lastRevisionNumber(article.getId()) + 1;
        articles.saveRevision(
                new ArticleRevision(article.getId(), number, content, currentUser(), Instant.now(), note));
    }

    private void touched(Article article) {
        article.editedBy(currentUser(), Instant.now());
    }

    /** The article, if nobody saved it since the editor read {@code version}. */
    private Article current(long id, long version) {
        var article = articles.findById(id).orElseThrow(() -> new EditConflictException(THIS_ARTICLE));
        if (article.getVersion() != version) {
            throw conflict(article);
        }
        return article;
    }

    private EditConflictException conflict(Article article) {
        return article.getEditedBy() == null
                ? new EditConflictException(THIS_ARTICLE)
                : new EditConflictException(
                        "\u201c" + article.getTitle() + "\u201d",
                        article.getEditedBy(),
                        dates.dateTime(article.getEditedAt()));
    }

    /** The content as it may be stored: required fields there, body sanitised, address free, ids existing. */
    private ArticleContent checked(ArticleContent content, Long id) {
        var title = required(content.title(), "title", "Enter the article's title.", Article.TITLE_LENGTH);
        required(
                content.summary(),
                "summary",
                "Write a short summary: the library and search results show it.",
                Article.SUMMARY_LENGTH);
        required(content.authorName(), "author", "Enter who wrote the article.", Article.PERSON_LENGTH);
        optional(content.reviewerName(), "reviewerName", Article.PERSON_LENGTH);
        optional(content.reviewerCredentials(), "reviewerCredentials", Article.PERSON_LENGTH);
        if (blank(content.reviewerName()) && !blank(content.reviewerCredentials())) {
            throw new InvalidInputException("reviewerName", "Enter the reviewer's name with their credentials.");
        }
        var body = ArticleHtml.sanitize(content.bodyHtml());
        if (Jsoup.parse(body).text().isBlank()) {
            throw new InvalidInputException("body", "Write the article's text.");
        }
        if (body.length() > Article.BODY_LENGTH) {
            throw new InvalidInputException(
                    "body", "The text is too long: at most " + Article.BODY_LENGTH + " characters of HTML.");
        }
        String slug;
        if (blank(content.slug())) {
            slug = Slugs.firstFree(Slugs.fromTitle(title), candidate -> takenByOther(candidate, id));
        } else {
            slug = content.slug().strip();
            if (!Slugs.isValid(slug)) {
                throw new InvalidInputException(
                        "slug",
                        "Use lower-case letters, digits and single hyphens, at most " + Slugs.MAX_LENGTH
                                + " characters, as in acupuncture-for-back-pain.");
            }
            slugFree(slug, id);
        }
        if (slug.isEmpty()) {
            throw new InvalidInputException(
                    "slug", "Enter an address: the title has no letters or digits to make one.");
        }
        var conditions = articles.findConditions(content.conditionIds());
        if (conditions.size() < new HashSet<>(content.conditionIds()).size()) {
            throw new InvalidInputException("conditions", "A condition you chose was deleted meanwhile. Choose again.");
        }
        if (content.heroImageId() != null
                && articles.findMedia(content.heroImageId()).isEmpty()) {
            throw new InvalidInputException("hero", "The image you chose was deleted meanwhile. Choose another one.");
        }
        return new ArticleContent(
                title,
                slug,
                content.summary().strip(),
                body,
                content.heroImageId(),
                content.authorName().strip(),
                trimmed(content.reviewerName()),
                trimmed(content.reviewerCredentials()),
                content.lastReviewedOn(),
                content.reviewDueOn(),
                content.featured(),
                content.hiddenFromSearchEngines(),
                conditions.stream().map(Condition::getId).sorted().toList(),
                content.references());
    }

    /** Refuses an address another article has, naming it and a free one. */
    private void slugFree(String slug, Long id) {
        articles.findBySlug(slug).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw slugTaken(slug, other.getTitle(), Slugs.firstFree(slug, candidate -> takenByOther(candidate, id)));
        });
    }

    private boolean takenByOther(String slug, Long id) {
        return articles.findBySlug(slug)
                .filter(other -> !other.getId().equals(id))
                .isPresent();
    }

    private static InvalidInputException slugTaken(String slug, String otherTitle, String suggestion) {
        return new InvalidInputException(
                "slug",
                "The address /articles/" + slug + " is already used by \u201c" + otherTitle
                        + "\u201d. Choose another one, such as " + suggestion + ".");
    }

    private MediaAsset hero(ArticleContent content) {
        return content.heroImageId() == null
                ? null
                : articles.findMedia(content.heroImageId()).orElse(null);
    }

    private void flush(String slug) {
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

    private static InvalidInputException noRevision(int number) {
        return new InvalidInputException("revision", "There is no revision " + number + ".");
    }

    private static String required(String value, String field, String message, int max) {
        if (blank(value)) {
            throw new InvalidInputException(field, message);
        }
        optional(value, field, max);
        return value.strip();
    }

    private static void optional(String value, String field, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private String currentUser() {
        var caller = securityContext.getCallerPrincipal();
        return caller == null ? AuditLog.SYSTEM : caller.getName();
    }
}
