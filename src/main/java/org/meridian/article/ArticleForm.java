package org.meridian.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.meridian.system.InvalidInputException;
import org.meridian.system.Slugs;

/**
 * The article editor's form: the editable fields of an article as they are typed, with the rules each field keeps on
 * its own. Faces checks these constraints beside every field at once; the article services check the same ones on the
 * form they are given ({@code @Valid}). Rules that span fields or need the database (a free address, conditions that
 * still exist) are the services' (see {@link ArticleRules}). Property names are the ids of the editor's inputs, so a
 * refusal names the input it is about.
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TOO_LONG = "Use at most {max} characters.";

    @NotBlank(message = "Enter the article's title.")
    @Size(max = Article.TITLE_LENGTH, message = TOO_LONG)
    private String title;

    /** Surrounding spaces are stripped, and an empty address is made from the title. */
    @Size(max = Slugs.MAX_LENGTH, message = TOO_LONG)
    @Pattern(
            regexp = "\\s*(" + Slugs.PATTERN + ")?\\s*",
            message = "Use lower-case letters, digits and single hyphens, at most " + Slugs.MAX_LENGTH
                    + " characters, as in acupuncture-for-back-pain.")
    private String slug;

    @NotBlank(message = "Write a short summary.")
    @Size(max = Article.SUMMARY_LENGTH, message = TOO_LONG)
    private String summary;

    /** As typed: sanitised when saved. */
    @NotBlank(message = "Write the article's text.")
    @Size(max = Article.BODY_LENGTH, message = ArticleRules.BODY_TOO_LONG)
    private String body;

    private Long heroImageId;

    @NotBlank(message = "Enter who wrote the article.")
    @Size(max = Article.PERSON_LENGTH, message = TOO_LONG)
    private String author;

    @Size(max = Article.PERSON_LENGTH, message = TOO_LONG)
    private String reviewerName;

    @Size(max = Article.PERSON_LENGTH, message = TOO_LONG)
    private String reviewerCredentials;

    private LocalDate lastReviewedOn;
    private LocalDate reviewDueOn;
    private boolean featured;
    private boolean hiddenFromSearchEngines;
    private List<Long> conditionIds = new ArrayList<>();
    private List<ReferenceRow> references = new ArrayList<>();

    public ArticleForm() {}

    /** The form filled with {@code content}: an article opened in the editor, a revision, an imported post. */
    static ArticleForm of(ArticleContent content) {
        var form = new ArticleForm();
        form.title = content.title();
        form.slug = content.slug();
        form.summary = content.summary();
        form.body = content.bodyHtml();
        form.heroImageId = content.heroImageId();
        form.author = content.authorName();
        form.reviewerName = content.reviewerName();
        form.reviewerCredentials = content.reviewerCredentials();
        form.lastReviewedOn = content.lastReviewedOn();
        form.reviewDueOn = content.reviewDueOn();
        form.featured = content.featured();
        form.hiddenFromSearchEngines = content.hiddenFromSearchEngines();
        form.conditionIds = new ArrayList<>(content.conditionIds());
        form.references = new ArrayList<>(content.references().stream()
                .map(reference -> new ReferenceRow(reference.getTitle(), reference.getUrl()))
                .toList());
        return form;
    }

    /** What the form holds, as the article keeps it; empty reference rows are left out. */
    ArticleContent toContent() {
        return new ArticleContent(
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
                checkedReferences());
    }

    /** A row is a reference only with both its fields (a rule across two fields): else refused next to them. */
    private List<Reference> checkedReferences() {
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
}
