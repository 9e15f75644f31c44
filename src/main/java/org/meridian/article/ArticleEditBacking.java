package org.meridian.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.media.MediaAsset;
import org.meridian.media.MediaService;
import org.meridian.system.DateFormats;
import org.meridian.system.EditConflictException;
import org.meridian.system.FacesForms;
import org.meridian.system.HttpErrors;
import org.meridian.system.InvalidInputException;
import org.meridian.system.Slugs;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Writes a new article ({@code /admin/articles/edit}) or edits one ({@code ?id=7}), and moves it through the
 * workflow. The version read with the article travels with the view, so a save over someone else's newer save is
 * refused and the editor keeps what they typed. Every action that succeeds redirects back with a flash message.
 */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "article";

    @Inject
    private ArticleEditService editService;

    @Inject
    private ConditionService conditionService;

    @Inject
    private MediaService mediaService;

    /** The clinic's time zone comes from here: a view-scoped bean cannot hold a config value (not passivation
     * capable on Payara). */
    @Inject
    private DateFormats dates;

    private Long id;
    private long version;
    private ArticleStatus status = ArticleStatus.DRAFT;
    private boolean pendingChanges;
    private boolean draftInReview;
    private String liveSlug;
    private String editedBy;
    private Instant editedAt;
    private Instant publishedAt;

    private String title;
    private String slug;
    /** The slug last made from the title: it follows the title until someone types their own. */
    private String suggestedSlug = "";

    private String summary;
    private String body;
    private Long heroImageId;
    private String author;
    private String reviewerName;
    private String reviewerCredentials;
    private LocalDate lastReviewedOn;
    private LocalDate reviewDueOn;
    private boolean featured;
    private boolean hiddenFromSearchEngines;
    private List<Long> conditionIds = new ArrayList<>();
    private List<ReferenceRow> references = new ArrayList<>();
    private LocalDateTime publishAt;
    private LocalDateTime unpublishAt;

    private List<Condition> allConditions;
    private List<MediaAsset> media;

    public void load() {
        allConditions = conditionService.all();
        media = mediaService.all();
        if (id == null) {
            return;
        }
        var found = editService.findForEditing(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        var article = found.get().article();
        var content = found.get().content();
        version = article.getVersion();
        status = article.getStatus();
        pendingChanges = article.hasPendingChanges();
        draftInReview = article.isDraftInReview();
        liveSlug = article.getSlug();
        editedBy = article.getEditedBy();
        editedAt = article.getEditedAt();
        publishedAt = article.getPublishedAt();
        publishAt = local(article.getPublishAt());
        unpublishAt = local(article.getUnpublishAt());
        title = content.title();
        slug = content.slug();
        summary = content.summary();
        body = content.bodyHtml();
        heroImageId = content.heroImageId();
        author = content.authorName();
        reviewerName = content.reviewerName();
        reviewerCredentials = content.reviewerCredentials();
        lastReviewedOn = content.lastReviewedOn();
        reviewDueOn = content.reviewDueOn();
        featured = content.featured();
        hiddenFromSearchEngines = content.hiddenFromSearchEngines();
        conditionIds = new ArrayList<>(content.conditionIds());
        references = new ArrayList<>(content.references().stream()
                .map(reference -> new ReferenceRow(reference.getTitle(), reference.getUrl()))
                .toList());
    }

    /** A new article's address follows its title, as long as nobody has typed one. */
    public void titleChanged() {
        if (isNew() && title != null && (slug == null || slug.isBlank() || slug.equals(suggestedSlug))) {
            suggestedSlug = Slugs.fromTitle(title);
            slug = suggestedSlug;
        }
    }

    public void addReference() {
        references.add(new ReferenceRow());
    }

    public void removeReference(int index) {
        references.remove(index);
    }

    public void moveReferenceUp(int index) {
        if (index > 0) {
            Collections.swap(references, index, index - 1);
        }
    }

    public void moveReferenceDown(int index) {
        if (index < references.size() - 1) {
            Collections.swap(references, index, index + 1);
        }
    }

    public void save() {
        saveThen(null, "Saved.");
    }

    public void saveAndSendForReview() {
        saveThen(() -> editService.sendForReview(id, version), "Saved and sent for review.");
    }

    public void saveAndPublish() {
        saveThen(() -> editService.publish(id, version), "Published: patients see it now.");
    }

    public void saveAndSchedule() {
        saveThen(
                () -> editService.schedule(id, version, publishAt, unpublishAt),
                publishAt == null && unpublishAt == null ? "Saved; nothing is scheduled." : "Saved and scheduled.");
    }

    public void backToDraft() {
        act(() -> editService.backToDraft(id, version), "Taken back from review.");
    }

    public void unpublish() {
        act(() -> editService.unpublish(id, version), "Unpublished: patients no longer see it.");
    }

    public void discardPendingChanges() {
        act(
                () -> editService.discardPendingChanges(id, version),
                "Pending changes discarded; the live version is " + "unchanged.");
    }

    public void delete() {
        try {
            editService.delete(id, version);
            FacesForms.savedThenGo("Deleted \u201c" + title + "\u201d.", "admin/articles");
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    /**
     * Saves the form, then (when {@code then} is given) takes the next step with the version the save produced,
     * and comes back to the editor with {@code message}. A refused step leaves the save in place.
     */
    private void saveThen(Runnable then, String message) {
        try {
            var content = new ArticleContent(
                    title,
                    slug,
                    summary,
                    body,
                    heroImageId,
                    author,
                    reviewerName,
                    reviewerCredentials,
                    lastReviewedOn,
                    reviewDueOn,
                    featured,
                    hiddenFromSearchEngines,
                    conditionIds,
                    references());
            if (isNew()) {
                var article = editService.create(content);
                id = article.getId();
                version = article.getVersion();
            } else {
                version = editService.save(id, version, content);
            }
        } catch (InvalidInputException e) {
            FacesForms.refused(FORM, e);
            return;
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
            return;
        }
        if (then == null) {
            FacesForms.savedThenGo(message, editorUrl());
        } else {
            act(then, message);
        }
    }

    private void act(Runnable action, String message) {
        try {
            action.run();
            FacesForms.savedThenGo(message, editorUrl());
        } catch (InvalidInputException e) {
            if (e.getField().endsWith("At")) {
                FacesForms.refused(FORM, e);
            } else {
                Messages.addGlobalError(e.getMessage());
                Faces.validationFailed();
            }
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    private String editorUrl() {
        return "admin/articles/edit?id=" + id;
    }

    /** The typed references as the article keeps them; a row that is not one is refused next to its fields. */
    private List<Reference> references() {
        var checked = new ArrayList<Reference>();
        for (int i = 0; i < references.size(); i++) {
            var row = references.get(i);
            if (row.isEmpty()) {
                continue;
            }
            try {
                checked.add(new Reference(row.getTitle(), row.getLocation()));
            } catch (IllegalArgumentException e) {
                var field = row.getTitle() == null || row.getTitle().isBlank() ? "title" : "location";
                throw new InvalidInputException(
                        "references:" + i + ":" + field,
                        field.equals("title")
                                ? "Give the reference a title."
                                : "Enter a web address starting with https:// or a DOI "
                                        + "such as 10.1001/jama.2018.1234.");
            }
        }
        return checked;
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, dates.getZone());
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    // Getters and setters for the form.

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public boolean isPendingChanges() {
        return pendingChanges;
    }

    public boolean isDraftInReview() {
        return draftInReview;
    }

    public String getLiveSlug() {
        return liveSlug;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<Condition> getAllConditions() {
        return allConditions;
    }

    public List<MediaAsset> getMedia() {
        return media;
    }

    /** The chosen hero image, for its preview beside the choice. */
    public MediaAsset getHeroImage() {
        return heroImageId == null
                ? null
                : media.stream()
                        .filter(asset -> asset.getId().equals(heroImageId))
                        .findFirst()
                        .orElse(null);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getHeroImageId() {
        return heroImageId;
    }

    public void setHeroImageId(Long heroImageId) {
        this.heroImageId = heroImageId;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getReviewerName() {
        return reviewerName;
    }

    public void setReviewerName(String reviewerName) {
        this.reviewerName = reviewerName;
    }

    public String getReviewerCredentials() {
        return reviewerCredentials;
    }

    public void setReviewerCredentials(String reviewerCredentials) {
        this.reviewerCredentials = reviewerCredentials;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public void setLastReviewedOn(LocalDate lastReviewedOn) {
        this.lastReviewedOn = lastReviewedOn;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public void setReviewDueOn(LocalDate reviewDueOn) {
        this.reviewDueOn = reviewDueOn;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public boolean isHiddenFromSearchEngines() {
        return hiddenFromSearchEngines;
    }

    public void setHiddenFromSearchEngines(boolean hiddenFromSearchEngines) {
        this.hiddenFromSearchEngines = hiddenFromSearchEngines;
    }

    public List<Long> getConditionIds() {
        return conditionIds;
    }

    public void setConditionIds(List<Long> conditionIds) {
        this.conditionIds = conditionIds == null ? new ArrayList<>() : new ArrayList<>(conditionIds);
    }

    public List<ReferenceRow> getReferences() {
        return references;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public LocalDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(LocalDateTime unpublishAt) {
        this.unpublishAt = unpublishAt;
    }
}
