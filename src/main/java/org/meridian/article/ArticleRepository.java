package org.meridian.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.condition.Condition;
import org.meridian.media.MediaAsset;
import org.meridian.system.Page;

/**
 * Reads articles as the public pages show them. Lists are read in two indexed steps, the page's ids first and then
 * those articles with their conditions, so a page costs the same with ten articles or ten thousand and nothing
 * lazy-loads while it renders. One repository for the one entity: its length is one short method per query.
 */
@ApplicationScoped
public class ArticleRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public Optional<Article> findPublishedBySlug(String slug) {
        return entityManager
                .createNamedQuery(Article.PUBLISHED_BY_SLUG, Article.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Published articles, newest first; only those tagged with one of {@code conditionSlugs} unless it is empty. */
    public Page<Article> findPublished(Set<String> conditionSlugs, int pageNumber, int pageSize) {
        var ids = conditionSlugs.isEmpty()
                ? entityManager.createNamedQuery(Article.PUBLISHED_IDS, Long.class)
                : entityManager
                        .createNamedQuery(Article.PUBLISHED_IDS_IN_CONDITIONS, Long.class)
                        .setParameter("slugs", conditionSlugs);
        var count = conditionSlugs.isEmpty()
                ? entityManager.createNamedQuery(Article.PUBLISHED_COUNT, Long.class)
                : entityManager
                        .createNamedQuery(Article.PUBLISHED_COUNT_IN_CONDITIONS, Long.class)
                        .setParameter("slugs", conditionSlugs);
        var pageIds = ids.setFirstResult(Page.firstRow(pageNumber, pageSize))
                .setMaxResults(pageSize)
                .getResultList();
        return new Page<>(withConditions(pageIds), pageNumber, pageSize, count.getSingleResult());
    }

    /** Newest published articles that share a condition with {@code article}. */
    public List<Article> findRelated(Article article, int max) {
        var conditionIds =
                article.getConditions().stream().map(Condition::getId).toList();
        if (conditionIds.isEmpty()) {
            return List.of();
        }
        var ids = entityManager
                .createNamedQuery(Article.RELATED_IDS, Long.class)
                .setParameter("id", article.getId())
                .setParameter("conditionIds", conditionIds)
                .setMaxResults(max)
                .getResultList();
        return withConditions(ids);
    }

    /**
     * Up to {@code limit} published articles with ids above {@code afterId}, by id: a walk through all of them. The
     * ids come first, on their own: asked for whole rows at once, H2 reads every published article through the
     * status index and sorts them all by id for each step (slower the more articles there are, and their bodies
     * all in the heap at once).
     */
    public List<SearchableArticle> findSearchable(long afterId, int limit) {
        var ids = entityManager
                .createNamedQuery(Article.SEARCHABLE_IDS_AFTER, Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
        return ids.isEmpty() ? List.of() : findSearchable(ids);
    }

    public Optional<SearchableArticle> findSearchable(long id) {
        return findSearchable(List.of(id)).stream().findFirst();
    }

    private List<SearchableArticle> findSearchable(List<Long> ids) {
        return entityManager
                .createNamedQuery(Article.SEARCHABLE_IN, SearchableArticle.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The condition ids of each of these published articles. */
    public Map<Long, List<Long>> findConditionIds(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return entityManager
                .createNamedQuery(Article.CONDITION_IDS_OF_PUBLISHED, Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0], Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
    }

    public List<SitemapEntry> findSitemapEntries() {
        return entityManager
                .createNamedQuery(Article.SITEMAP_ENTRIES, SitemapEntry.class)
                .getResultList();
    }

    /**
     * When the article lists last changed, all articles together and per condition: the latest change to an article
     * that is or was published, since publishing, editing and unpublishing each change what the lists show.
     */
    public ListingChanges findListingChanges() {
        var library = findLastListingChange().orElse(null);
        var hubs = new HashMap<String, Instant>();
        for (var row : entityManager
                .createNamedQuery(Article.LISTED_CHANGES_BY_CONDITION, Object[].class)
                .getResultList()) {
            hubs.merge((String) row[0], (Instant) row[1], (one, other) -> one.isAfter(other) ? one : other);
        }
        return new ListingChanges(library, hubs);
    }

    /** The latest change to an article that is or was published; empty before the first publication. */
    public Optional<Instant> findLastListingChange() {
        return entityManager
                .createNamedQuery(Article.LISTED_CHANGES, Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The same for the articles about one condition. */
    public Optional<Instant> findLastListingChange(String conditionSlug) {
        return entityManager
                .createNamedQuery(Article.LISTED_CHANGES_OF_CONDITION, Instant.class)
                .setParameter("slug", conditionSlug)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Article> findFeatured() {
        return entityManager.createNamedQuery(Article.FEATURED, Article.class).getResultList();
    }

    public void save(Article article) {
        entityManager.persist(article);
    }

    public Optional<Article> findById(long id) {
        return Optional.ofNullable(entityManager.find(Article.class, id));
    }

    /** The article with this address, whatever its status. */
    public Optional<Article> findBySlug(String slug) {
        return entityManager
                .createNamedQuery(Article.BY_SLUG, Article.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** One page of the console's article list, filtered and sorted in the database. */
    public List<Article> findForConsole(ArticleQuery query, int first, int max) {
        var jpql = "select a from Article a" + where(query) + " order by " + query.orderBy() + ", a.id desc";
        return bind(entityManager.createQuery(jpql, Article.class), query)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countForConsole(ArticleQuery query) {
        return bind(entityManager.createQuery("select count(a) from Article a" + where(query), Long.class), query)
                .getSingleResult();
    }

    /** The filter's JPQL: only fixed text, every value a parameter. */
    private static String where(ArticleQuery query) {
        var clauses = new ArrayList<String>();
        if (query.status() != null) {
            clauses.add(
                    query.status() == ArticleStatus.IN_REVIEW
                            ? "(a.status = :status or a.draftInReview = true)"
                            : "a.status = :status");
        }
        if (query.conditionId() != null) {
            clauses.add("a.id in (select t.id from Article t join t.conditions c where c.id = :conditionId)");
        }
        if (query.titleContains() != null) {
            clauses.add("lower(a.title) like :title escape '\\'");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static <Q extends TypedQuery<?>> Q bind(Q typed, ArticleQuery query) {
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.conditionId() != null) {
            typed.setParameter("conditionId", query.conditionId());
        }
        if (query.titleContains() != null) {
            typed.setParameter(
                    "title",
                    "%"
                            + query.titleContains()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        return typed;
    }

    public List<Article> findDrafts(int max) {
        return entityManager
                .createNamedQuery(Article.DRAFTS, Article.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Article> findInReview(int max) {
        return entityManager
                .createNamedQuery(Article.IN_REVIEW, Article.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Article> findScheduled(int max) {
        return entityManager
                .createNamedQuery(Article.SCHEDULED, Article.class)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Article> findReviewDue(LocalDate day, int max) {
        return entityManager
                .createNamedQuery(Article.REVIEW_DUE, Article.class)
                .setParameter("day", day)
                .setMaxResults(max)
                .getResultList();
    }

    public List<Long> findDueToPublish(Instant now) {
        return entityManager
                .createNamedQuery(Article.DUE_TO_PUBLISH, Long.class)
                .setParameter("now", now)
                .getResultList();
    }

    public List<Long> findDueToUnpublish(Instant now) {
        return entityManager
                .createNamedQuery(Article.DUE_TO_UNPUBLISH, Long.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** The conditions with these ids; fewer when some no longer exist. */
    public Set<Condition> findConditions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(entityManager
                .createQuery("select c from Condition c where c.id in :ids order by c.name", Condition.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    public Optional<MediaAsset> findMedia(long id) {
        return Optional.ofNullable(entityManager.find(MediaAsset.class, id));
    }

    public void saveRevision(ArticleRevision revision) {
        entityManager.persist(revision);
    }

    public int lastRevisionNumber(long articleId) {
        var last = entityManager
                .createNamedQuery(ArticleRevision.LAST_NUMBER, Integer.class)
                .setParameter("articleId", articleId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    public List<RevisionSummary> findRevisions(long articleId) {
        return entityManager
                .createNamedQuery(ArticleRevision.OF_ARTICLE, RevisionSummary.class)
                .setParameter("articleId", articleId)
                .getResultList();
    }

    public Optional<ArticleRevision> findRevision(long articleId, int number) {
        return entityManager
                .createNamedQuery(ArticleRevision.BY_NUMBER, ArticleRevision.class)
                .setParameter("articleId", articleId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    public void remove(Article article) {
        entityManager.remove(article);
    }

    public void flush() {
        entityManager.flush();
    }

    /** The articles with these ids, conditions loaded, in the order of the ids. */
    private List<Article> withConditions(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = entityManager
                .createNamedQuery(Article.WITH_CONDITIONS_BY_IDS, Article.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Article::getId, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).toList();
    }
}
