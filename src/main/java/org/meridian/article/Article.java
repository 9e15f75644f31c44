package org.meridian.article;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.meridian.condition.Condition;
import org.meridian.media.MediaAsset;
import org.meridian.system.Slugs;

/**
 * A health article of the clinic's library, as patients read it at {@code /articles/{slug}}. Longer than most classes
 * for two reasons: its named queries stand on it, where JPA checks every one when the application deploys (the
 * repository is their only reader), and it keeps its invariants (status, pending changes, schedule) in its own
 * methods rather than leaving them to its callers.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.PUBLISHED_BY_SLUG, query = """
        select distinct a from Article a left join fetch a.conditions left join fetch a.references
        left join fetch a.heroImage
        where a.slug = :slug and a.status = org.meridian.article.ArticleStatus.PUBLISHED""")
@NamedQuery(name = Article.PUBLISHED_IDS, query = """
        select a.id from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED
        order by a.publishedAt desc, a.id desc""")
@NamedQuery(name = Article.PUBLISHED_COUNT, query = """
        select count(a) from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED""")
@NamedQuery(name = Article.PUBLISHED_IDS_IN_CONDITIONS, query = """
        select a.id from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED
        and a.id in (select t.id from Article t join t.conditions c where c.slug in :slugs)
        order by a.publishedAt desc, a.id desc""")
@NamedQuery(name = Article.PUBLISHED_COUNT_IN_CONDITIONS, query = """
        select count(a) from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED
        and a.id in (select t.id from Article t join t.conditions c where c.slug in :slugs)""")
@NamedQuery(name = Article.RELATED_IDS, query = """
        select a.id from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id <> :id
        and a.id in (select t.id from Article t join t.conditions c where c.id in :conditionIds)
        order by a.publishedAt desc, a.id desc""")
@NamedQuery(name = Article.FEATURED, query = """
        select distinct a from Article a left join fetch a.conditions
        where a.featured = true and a.status = org.meridian.article.ArticleStatus.PUBLISHED
        order by a.publishedAt desc""")
@NamedQuery(name = Article.SEARCHABLE_IDS_AFTER, query = """
        select a.id from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id > :after
        order by a.id""")
@NamedQuery(name = Article.SEARCHABLE_IN, query = """
        select new org.meridian.article.SearchableArticle(a.id, a.slug, a.title, a.summary, a.bodyHtml, a.publishedAt)
        from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id in :ids
        order by a.id""")
@NamedQuery(name = Article.CONDITION_IDS_OF_PUBLISHED, query = """
        select a.id, c.id from Article a join a.conditions c
        where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id in :ids""")
@NamedQuery(name = Article.SITEMAP_ENTRIES, query = """
        select new org.meridian.article.SitemapEntry(a.slug, a.updatedAt) from Article a
        where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.hiddenFromSearchEngines = false
        order by a.publishedAt desc, a.id desc""")
// No max(): an aggregate of a converted attribute reaches the converter as the driver's own type on PostgreSQL.
@NamedQuery(name = Article.LISTED_CHANGES, query = """
        select a.updatedAt from Article a where a.publishedAt is not null order by a.updatedAt desc""")
@NamedQuery(name = Article.LISTED_CHANGES_BY_CONDITION, query = """
        select c.slug, a.updatedAt from Article a join a.conditions c where a.publishedAt is not null""")
@NamedQuery(name = Article.LISTED_CHANGES_OF_CONDITION, query = """
        select a.updatedAt from Article a join a.conditions c where a.publishedAt is not null and c.slug = :slug
        order by a.updatedAt desc""")
@NamedQuery(name = Article.WITH_CONDITIONS_BY_IDS, query = """
        select distinct a from Article a left join fetch a.conditions where a.id in :ids""")
@NamedQuery(name = Article.BY_SLUG, query = "select a from Article a where a.slug = :slug")
@NamedQuery(name = Article.DRAFTS, query = """
        select a from Article a where a.status = org.meridian.article.ArticleStatus.DRAFT
        order by a.editedAt desc, a.id desc""")
@NamedQuery(name = Article.IN_REVIEW, query = """
        select a from Article a where a.status = org.meridian.article.ArticleStatus.IN_REVIEW or a.draftInReview = true
        order by a.editedAt desc, a.id desc""")
@NamedQuery(name = Article.SCHEDULED, query = """
        select a from Article a where a.publishAt is not null or a.unpublishAt is not null
        order by coalesce(a.publishAt, a.unpublishAt), a.id""")
@NamedQuery(name = Article.REVIEW_DUE, query = """
        select a from Article a where a.reviewDueOn <= :day order by a.reviewDueOn, a.id""")
@NamedQuery(name = Article.DUE_TO_PUBLISH, query = """
        select a.id from Article a where a.publishAt <= :now order by a.publishAt""")
@NamedQuery(name = Article.DUE_TO_UNPUBLISH, query = """
        select a.id from Article a where a.unpublishAt <= :now order by a.unpublishAt""")
public class Article implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PUBLISHED_BY_SLUG = "Article.publishedBySlug";
    static final String PUBLISHED_IDS = "Article.publishedIds";
    static final String PUBLISHED_COUNT = "Article.publishedCount";
    static final String PUBLISHED_IDS_IN_CONDITIONS = "Article.publishedIdsInConditions";
    static final String PUBLISHED_COUNT_IN_CONDITIONS = "Article.publishedCountInConditions";
    static final String RELATED_IDS = "Article.relatedIds";
    static final String FEATURED = "Article.featured";
    static final String SEARCHABLE_IDS_AFTER = "Article.searchableIdsAfter";
    static final String SEARCHABLE_IN = "Article.searchableIn";
    static final String CONDITION_IDS_OF_PUBLISHED = "Article.conditionIdsOfPublished";
    static final String SITEMAP_ENTRIES = "Article.sitemapEntries";
    static final String LISTED_CHANGES = "Article.listedChanges";
    static final String LISTED_CHANGES_BY_CONDITION = "Article.listedChangesByCondition";
    static final String LISTED_CHANGES_OF_CONDITION = "Article.listedChangesOfCondition";
    static final String WITH_CONDITIONS_BY_IDS = "Article.withConditionsByIds";
    static final String BY_SLUG = "Article.bySlug";
    static final String DRAFTS = "Article.drafts";
    static final String IN_REVIEW = "Article.inReview";
    static final String SCHEDULED = "Article.scheduled";
    static final String REVIEW_DUE = "Article.reviewDue";
    static final String DUE_TO_PUBLISH = "Article.dueToPublish";
    static final String DUE_TO_UNPUBLISH = "Article.dueToUnpublish";

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 600;
    public static final int BODY_LENGTH = 200_000;
    public static final int PERSON_LENGTH = 120;

    @Id
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    private Long id;

    @NotBlank
    @Size(max = Slugs.MAX_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = SUMMARY_LENGTH)
    @Column(nullable = false, length = SUMMARY_LENGTH)
    private String summary;

    /** Sanitised HTML: only what the clinic's one sanitiser policy lets through is ever stored here. */
    @NotBlank
    @Size(max = BODY_LENGTH)
    @Column(name = "body_html", nullable = false, length = BODY_LENGTH)
    private String bodyHtml;

    /** The picture at the top, from the media library, which also holds its alt text. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hero_media_id")
    private MediaAsset heroImage;

    @NotBlank
    @Size(max = PERSON_LENGTH)
    @Column(name = "author_name", nullable = false, length = PERSON_LENGTH)
    private String authorName;

    @Valid
    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "reviewer_name", length = PERSON_LENGTH))
    @AttributeOverride(name = "credentials", column = @Column(name = "reviewer_credentials", length = PERSON_LENGTH))
    private MedicalReviewer reviewer;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Featured articles lead the home page. */
    @Column(nullable = false)
    private boolean featured;

    /** Kept out of search engines (noindex, not in the sitemap) while still on the site. */
    @Column(name = "hidden_from_search_engines", nullable = false)
    private boolean hiddenFromSearchEngines;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    /** When the medical content should be checked again; the dashboard lists articles that are due. */
    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    /** When the scheduler publishes the article (its pending changes, if it is published already). */
    @Column(name = "publish_at")
    private Instant publishAt;

    /** When the scheduler takes the article off the site. */
    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    /**
     * The next version of a published article ({@link ArticleContent} as JSON), edited and reviewed while patients
     * keep reading the live fields; publishing copies it into them. Null when there are no pending changes, and
     * always for articles that are not published, whose fields are edited directly.
     */
    @Column(name = "draft_content", length = 300_000)
    private String draftContent;

    /** The pending changes are waiting for review. */
    @Column(name = "draft_in_review", nullable = false)
    private boolean draftInReview;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by", length = 60)
    private String editedBy;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "article_condition",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "condition_id"))
    private Set<Condition> conditions = new LinkedHashSet<>();

    @Valid
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_reference", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Reference> references = new ArrayList<>();

    @Version
    private long version;

    protected Article() {}

    public Article(String title, String slug, String summary, String bodyHtml, String authorName) {
        retitle(title, slug);
        rewrite(summary, bodyHtml);
        setAuthorName(authorName);
        this.updatedAt = Instant.now();
    }

    public final void retitle(String newTitle, String newSlug) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new IllegalArgumentException("An article needs a title");
        }
        if (!Slugs.isValid(newSlug)) {
            throw new IllegalArgumentException("Not a valid slug: " + newSlug);
        }
        this.title = newTitle.strip();
        this.slug = newSlug;
    }

    /** @param sanitisedBodyHtml HTML that has already passed the sanitiser */
    public final void rewrite(String newSummary, String sanitisedBodyHtml) {
        if (newSummary == null || newSummary.isBlank()) {
            throw new IllegalArgumentException("An article needs a summary");
        }
        if (sanitisedBodyHtml == null || sanitisedBodyHtml.isBlank()) {
            throw new IllegalArgumentException("An article needs a body");
        }
        this.summary = newSummary.strip();
        this.bodyHtml = sanitisedBodyHtml;
    }

    public final void setAuthorName(String authorName) {
        if (authorName == null || authorName.isBlank()) {
            throw new IllegalArgumentException("An article needs an author");
        }
        this.authorName = authorName.strip();
    }

    /**
     * Puts the article on the public site, dated {@code at} unless it was published before. Its pending changes, if
     * any, must have been applied first; a scheduled publication is done.
     */
    public void publish(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
        status = ArticleStatus.PUBLISHED;
        updatedAt = at;
        publishAt = null;
        draftContent = null;
        draftInReview = false;
    }

    public void unpublish(Instant at) {
        status = ArticleStatus.UNPUBLISHED;
        updatedAt = at;
        unpublishAt = null;
    }

    /** Sets every editable field; {@code conditions} and {@code hero} are what the content's ids name. */
    void apply(ArticleContent content, Set<Condition> newConditions, MediaAsset hero) {
        retitle(content.title(), content.slug());
        rewrite(content.summary(), content.bodyHtml());
        setAuthorName(content.authorName());
        reviewer = content.reviewerName() == null || content.reviewerName().isBlank()
                ? null
                : new MedicalReviewer(content.reviewerName(), content.reviewerCredentials());
        lastReviewedOn = content.lastReviewedOn();
        reviewDueOn = content.reviewDueOn();
        heroImage = hero;
        featured = content.featured();
        hiddenFromSearchEngines = content.hiddenFromSearchEngines();
        conditions.clear();
        conditions.addAll(newConditions);
        references.clear();
        references.addAll(content.references());
    }

    /** The live (for an unpublished article: the only) version of the editable fields. */
    ArticleContent liveContent() {
        return new ArticleContent(
                title,
                slug,
                summary,
                bodyHtml,
                heroImage == null ? null : heroImage.getId(),
                authorName,
                reviewer == null ? null : reviewer.getName(),
                reviewer == null ? null : reviewer.getCredentials(),
                lastReviewedOn,
                reviewDueOn,
                featured,
                hiddenFromSearchEngines,
                conditions.stream().map(Condition::getId).sorted().toList(),
                references);
    }

    /** What the editor works on: the pending changes of a published article, or else the article itself. */
    ArticleContent workingContent() {
        return draftContent == null ? liveContent() : ArticleContent.fromJson(draftContent);
    }

    /** Keeps the next version of a published article aside, leaving what patients read as it is. */
    void holdPendingChanges(ArticleContent content) {
        if (!isPublished()) {
            throw new IllegalStateException("Only a published article has pending changes");
        }
        draftContent = content.toJson();
    }

    void discardPendingChanges() {
        draftContent = null;
        draftInReview = false;
    }

    /** Asks for a review: of the pending changes of a published article, or of the article before publication. */
    void sendForReview() {
        if (isPublished()) {
            if (draftContent == null) {
                throw new IllegalStateException("There are no pending changes to review");
            }
            draftInReview = true;
        } else {
            status = ArticleStatus.IN_REVIEW;
        }
    }

    /** Takes an article in review back to draft, for more work. */
    void backToDraft() {
        if (isPublished()) {
            draftInReview = false;
        } else if (status == ArticleStatus.IN_REVIEW) {
            status = ArticleStatus.DRAFT;
        }
    }

    void schedule(Instant newPublishAt, Instant newUnpublishAt) {
        if (newPublishAt != null && newUnpublishAt != null && !newUnpublishAt.isAfter(newPublishAt)) {
            throw new IllegalArgumentException("Unpublishing must come after publishing");
        }
        this.publishAt = newPublishAt;
        this.unpublishAt = newUnpublishAt;
    }

    void editedBy(String who, Instant when) {
        this.editedBy = who;
        this.editedAt = when;
    }

    /** Records a medical review: who checked the article and on which day. */
    public void reviewedBy(MedicalReviewer medicalReviewer, LocalDate on) {
        this.reviewer = medicalReviewer;
        this.lastReviewedOn = on;
    }

    public void tag(Condition condition) {
        conditions.add(condition);
    }

    public void cite(Reference reference) {
        references.add(reference);
    }

    public void setHeroImage(MediaAsset heroImage) {
        this.heroImage = heroImage;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public boolean isFeatured() {
        return featured;
    }

    public boolean isHiddenFromSearchEngines() {
        return hiddenFromSearchEngines;
    }

    public void setHiddenFromSearchEngines(boolean hidden) {
        this.hiddenFromSearchEngines = hidden;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /** The article's conditions in alphabetical order, as pages list them. */
    public List<Condition> getSortedConditions() {
        return conditions.stream()
                .sorted(Comparator.comparing(Condition::getName))
                .toList();
    }

    /** The condition a "Request an appointment" link pre-selects: the article's first one, if any. */
    public String getPrimaryConditionSlug() {
        var sorted = getSortedConditions();
        return sorted.isEmpty() ? null : sorted.get(0).getSlug();
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public MediaAsset getHeroImage() {
        return heroImage;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public boolean hasPendingChanges() {
        return draftContent != null;
    }

    public boolean isDraftInReview() {
        return draftInReview;
    }

    /** Waiting for review: a new article, or the pending changes of a published one. */
    public boolean isInReview() {
        return status == ArticleStatus.IN_REVIEW || draftInReview;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public String getAuthorName() {
        return authorName;
    }

    public MedicalReviewer getReviewer() {
        return reviewer;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public Set<Condition> getConditions() {
        return conditions;
    }

    public List<Reference> getReferences() {
        return references;
    }

    public long getVersion() {
        return version;
    }
}
