package org.meridian.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.security.StaffRole;
import org.meridian.system.DateFormats;
import org.meridian.system.InvalidInputException;
import org.meridian.system.SiteSettings;

/**
 * Moving an article through its workflow: review, publication now or on a schedule, unpublication, and the pending
 * changes of a published article. Each step checks the version the editor started from ({@link ArticleWriter}).
 * {@link ArticleScheduler} carries out the scheduled steps through the package-private methods.
 */
@ApplicationScoped
public class ArticleWorkflowService {

    @Inject
    private ArticleRepository articles;

    @Inject
    private ArticleWriter writer;

    @Inject
    private AuditLog auditLog;

    @Inject
    private DateFormats dates;

    @Inject
    private SiteSettings siteSettings;

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void sendForReview(long id, long version) {
        var article = writer.current(id, version);
        if (article.isPublished() && !article.hasPendingChanges()) {
            throw new InvalidInputException(
                    "workflow", "Save your changes first: the published version has been " + "reviewed already.");
        }
        article.sendForReview();
        writer.touched(article);
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void backToDraft(long id, long version) {
        var article = writer.current(id, version);
        article.backToDraft();
        writer.touched(article);
    }

    /** Publishes the article now: its pending changes replace the live version, or a draft goes online. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void publish(long id, long version) {
        writer.publish(writer.current(id, version), writer.currentUser(), Instant.now());
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void unpublish(long id, long version) {
        var article = writer.current(id, version);
        if (!article.isPublished()) {
            throw new InvalidInputException("workflow", "The article is not published.");
        }
        writer.unpublish(article, writer.currentUser());
    }

    /** Throws away the pending changes of a published article; the live version stays as it is. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void discardPendingChanges(long id, long version) {
        var article = writer.current(id, version);
        article.discardPendingChanges();
        writer.touched(article);
    }

    /**
     * Sets (or, with nulls, clears) when the article is published and unpublished, in the clinic's time zone.
     * The scheduler carries the changes out within a period of their time, on one instance.
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void schedule(long id, long version, LocalDateTime publishAt, LocalDateTime unpublishAt) {
        var article = writer.current(id, version);
        var now = Instant.now();
        var publishing = publishAt == null
                ? null
                : publishAt.atZone(siteSettings.timeZone()).toInstant();
        var unpublishing = unpublishAt == null
                ? null
                : unpublishAt.atZone(siteSettings.timeZone()).toInstant();
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
        writer.touched(article);
        auditLog.record(
                AuditAction.ARTICLE_SCHEDULED,
                article.getTitle(),
                publishing == null && unpublishing == null
                        ? "Schedule cleared"
                        : (publishing == null ? "" : "Publish " + dates.dateTime(publishing) + ". ")
                                + (unpublishing == null ? "" : "Unpublish " + dates.dateTime(unpublishing) + "."));
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
                .ifPresent(article -> writer.publish(article, AuditLog.SYSTEM, Instant.now()));
    }

    @Transactional
    void unpublishScheduled(long id, Instant now) {
        articles.findById(id)
                .filter(article -> article.getUnpublishAt() != null
                        && !article.getUnpublishAt().isAfter(now))
                .ifPresent(article -> {
                    if (article.isPublished()) {
                        writer.unpublish(article, AuditLog.SYSTEM);
                    } else {
                        article.schedule(article.getPublishAt(), null);
                    }
                });
    }
}
