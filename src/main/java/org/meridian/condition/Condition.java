package org.meridian.condition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.meridian.system.Slugs;

/** A health condition patients look for (back pain, sciatica, ...): the way the article library is organised. */
@Entity
@Table(name = "health_condition")
@NamedQuery(name = Condition.ALL, query = "select c from Condition c order by c.name")
@NamedQuery(name = Condition.ALL_WITH_SYNONYMS, query = "select distinct c from Condition c left join fetch c.synonyms")
@NamedQuery(name = Condition.BY_SLUG, query = "select c from Condition c where c.slug = :slug")
@NamedQuery(name = Condition.BY_SLUGS, query = "select c from Condition c where c.slug in :slugs order by c.name")
@NamedQuery(name = Condition.PUBLISHED_ARTICLE_COUNTS, query = """
        select c.id, count(a) from Article a join a.conditions c
        where a.status = org.meridian.article.ArticleStatus.PUBLISHED group by c.id""")
@NamedQuery(name = Condition.ARTICLE_COUNTS, query = """
        select c.id, count(a) from Article a join a.conditions c group by c.id""")
@NamedQuery(name = Condition.ARTICLE_COUNT, query = """
        select count(a) from Article a join a.conditions c where c.id = :id""")
public class Condition implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "Condition.all";
    static final String ALL_WITH_SYNONYMS = "Condition.allWithSynonyms";
    static final String ARTICLE_COUNTS = "Condition.articleCounts";
    static final String ARTICLE_COUNT = "Condition.articleCount";
    static final String BY_SLUG = "Condition.bySlug";
    static final String BY_SLUGS = "Condition.bySlugs";
    static final String PUBLISHED_ARTICLE_COUNTS = "Condition.publishedArticleCounts";

    public static final int NAME_LENGTH = 120;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int SLUG_LENGTH = 80;

    @Id
    @SequenceGenerator(name = "health_condition_seq", sequenceName = "health_condition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_condition_seq")
    private Long id;

    @NotBlank
    @Size(max = SLUG_LENGTH)
    @Pattern(regexp = Slugs.PATTERN)
    @Column(nullable = false, unique = true, length = SLUG_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    /** Other words patients use for the condition ("lumbago" for back pain); search matches them too. */
    @ElementCollection
    @CollectionTable(name = "health_condition_synonym", joinColumns = @JoinColumn(name = "condition_id"))
    @OrderColumn(name = "position")
    @Column(name = "synonym", nullable = false, length = NAME_LENGTH)
    private List<String> synonyms = new ArrayList<>();

    @Version
    private long version;

    protected Condition() {}

    public Condition(String name, String slug, String description) {
        rename(name, slug);
        this.description = description;
    }

    public final void rename(String newName, String newSlug) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A condition needs a name");
        }
        if (!Slugs.isValid(newSlug) || newSlug.length() > SLUG_LENGTH) {
            throw new IllegalArgumentException("Not a valid slug: " + newSlug);
        }
        this.name = newName.strip();
        this.slug = newSlug;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getSynonyms() {
        return synonyms;
    }

    /** "lumbago, lower back pain" */
    public String getSynonymsText() {
        return String.join(", ", synonyms);
    }

    public void setSynonyms(List<String> synonyms) {
        this.synonyms = new ArrayList<>(synonyms);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Condition that && Objects.equals(slug, that.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }

    @Override
    public String toString() {
        return "Condition[" + slug + "]";
    }
}
