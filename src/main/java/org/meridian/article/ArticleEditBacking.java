package org.meridian.article;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
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
    private ArticleWorkflowService workflowService;

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

    /** The article's fields as typed, with their rules (Faces checks them beside every field at once). */
    private ArticleForm form = new ArticleForm();

    /** The slug last made from the title: it follows the title until someone types their own. */
    private String suggestedSlug = "";

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
        form = ArticleForm.of(content);
    }

    /** A new article's address follows its title, as long as nobody has typed one. */
    public void titleChanged() {
        var slug = form.getSlug();
        if (isNew() && form.getTitle() != null && (slug == null || slug.isBlank() || slug.equals(suggestedSlug))) {
            suggestedSlug = Slugs.fromTitle(form.getTitle());
            form.setSlug(suggestedSlug);
        }
    }

    public void addReference() {
        form.getReferences().add(new ReferenceRow());
    }

    public void removeReference(int index) {
        form.getReferences().remove(index);
    }

    public void moveReferenceUp(int index) {
        if (index > 0) {
            Collections.swap(form.getReferences(), index, index - 1);
        }
    }

    public void moveReferenceDown(int index) {
        if (index < form.getReferences().size() - 1) {
            Collections.swap(form.getReferences(), index, index + 1);
        }
    }

    public void save() {
        saveThen(null, "Saved.");
    }

    public void saveAndSendForReview() {
        saveThen(() -> workflowService.sendForReview(id, version), "Saved and sent for review.");
    }

    public void saveAndPublish() {
        saveThen(() -> workflowService.publish(id, version), "Published: patients see it now.");
    }

    public void saveAndSchedule() {
        saveThen(
                () -> workflowService.schedule(id, version, publishAt, unpublishAt),
                publishAt == null && unpublishAt == null ? "Saved; nothing is scheduled." : "Saved and scheduled.");
    }

    public void backToDraft() {
        act(() -> workflowService.backToDraft(id, version), "Taken back from review.");
    }

    public void unpublish() {
        act(() -> workflowService.unpublish(id, version), "Unpublished: patients no longer see it.");
    }

    public void discardPendingChanges() {
        act(
                () -> workflowService.discardPendingChanges(id, version),
                "Pending changes discarded; the live version is " + "unchanged.");
    }

    public void delete() {
        try {
            editService.delete(id, version);
            FacesForms.savedThenGo("Deleted \u201c" + form.getTitle() + "\u201d.", "admin/articles");
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
            if (isNew()) {
                var article = editService.create(form);
                id = article.getId();
                version = article.getVersion();
            } else {
                version = editService.save(id, version, form);
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
        return form.getHeroImageId() == null
                ? null
                : media.stream()
                        .filter(asset -> asset.getId().equals(form.getHeroImageId()))
                        .findFirst()
                        .orElse(null);
    }

    public ArticleForm getForm() {
        return form;
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
