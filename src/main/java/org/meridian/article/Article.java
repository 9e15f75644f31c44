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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.meridian.condition.Condition;
import org.meridian.system.Slugs;

/** A health article of the clinic's library, as patients read it at {@code /articles/{slug}}. */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.PUBLISHED_BY_SLUG, query = """
        select distinct a from Article a left join fetch a.conditions left join fetch a.references
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
@NamedQuery(name = Article.SEARCHABLE_AFTER, query = """
        select new org.meridian.article.SearchableArticle(a.id, a.slug, a.title, a.summary, a.bodyHtml, a.publishedAt)
        from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id > :after
        order by a.id""")
@NamedQuery(name = Article.SEARCHABLE_BY_ID, query = """
        select new org.meridian.article.SearchableArticle(a.id, a.slug, a.title, a.summary, a.bodyHtml, a.publishedAt)
        from Article a where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id = :id""")
@NamedQuery(name = Article.CONDITION_IDS_OF_PUBLISHED, query = """
        select a.id, c.id from Article a join a.conditions c
        where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.id in :ids""")
@NamedQuery(name = Article.SITEMAP_ENTRIES, query = """
        select new org.meridian.article.SitemapEntry(a.slug, a.updatedAt) from Article a
        where a.status = org.meridian.article.ArticleStatus.PUBLISHED and a.hiddenFromSearchEngines = false
        order by a.publishedAt desc, a.id desc""")
@NamedQuery(name = Article.WITH_CONDITIONS_BY_IDS, query = """
        select distinct a from Article a left join fetch a.conditions where a.id in :ids""")
public class Article {

    static final String PUBLISHED_BY_SLUG = "Article.publishedBySlug";
    static final String PUBLISHED_IDS = "Article.publishedIds";
    static final String PUBLISHED_COUNT = "Article.publishedCount";
    static final String PUBLISHED_IDS_IN_CONDITIONS = "Article.publishedIdsInConditions";
    static final String PUBLISHED_COUNT_IN_CONDITIONS = "Article.publishedCountInConditions";
    static final String RELATED_IDS = "Article.relatedIds";
    static final String FEATURED = "Article.featured";
    static final String SEARCHABLE_AFTER = "Article.searchableAfter";
    static final String SEARCHABLE_BY_ID = "Article.searchableById";
    static final String CONDITION_IDS_OF_PUBLISHED = "Article.conditionIdsOfPublished";
    static final String SITEMAP_ENTRIES = "Article.sitemapEntries";
    static final String WITH_CONDITIONS_BY_IDS = "Article.withConditionsByIds";

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

    @Valid
    @Embedded
    private HeroImage heroImage;

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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_condition",
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

    protected Article() {
    }

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

    /** Puts the article on the public site, dated {@code at} unless it was published before. */
    public void publish(Instant at) {
        if (publishedAt == null) {
            publishedAt = at;
        }
        status = ArticleStatus.PUBLISHED;
        updatedAt = at;
    }

    public void unpublish(Instant at) {
        status = ArticleStatus.UNPUBLISHED;
        updatedAt = at;
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

    public void setHeroImage(HeroImage heroImage) {
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
        return conditions.stream().sorted(Comparator.comparing(Condition::getName)).toList();
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

    public HeroImage getHeroImage() {
        return heroImage;
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
