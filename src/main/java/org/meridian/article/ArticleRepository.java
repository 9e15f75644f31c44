package org.meridian.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.condition.Condition;
import org.meridian.system.Page;

/**
 * Reads articles as the public pages show them. Lists are read in two indexed steps, the page's ids first and then
 * those articles with their conditions, so a page costs the same with ten articles or ten thousand and nothing
 * lazy-loads while it renders.
 */
@ApplicationScoped
public class ArticleRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public Optional<Article> findPublishedBySlug(String slug) {
        return entityManager.createNamedQuery(Article.PUBLISHED_BY_SLUG, Article.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Published articles, newest first; only those tagged with one of {@code conditionSlugs} unless it is empty. */
    public Page<Article> findPublished(Set<String> conditionSlugs, int pageNumber, int pageSize) {
        var ids = conditionSlugs.isEmpty()
                ? entityManager.createNamedQuery(Article.PUBLISHED_IDS, Long.class)
                : entityManager.createNamedQuery(Article.PUBLISHED_IDS_IN_CONDITIONS, Long.class)
                        .setParameter("slugs", conditionSlugs);
        var count = conditionSlugs.isEmpty()
                ? entityManager.createNamedQuery(Article.PUBLISHED_COUNT, Long.class)
                : entityManager.createNamedQuery(Article.PUBLISHED_COUNT_IN_CONDITIONS, Long.class)
                        .setParameter("slugs", conditionSlugs);
        var pageIds = ids.setFirstResult(Page.firstRow(pageNumber, pageSize)).setMaxResults(pageSize).getResultList();
        return new Page<>(withConditions(pageIds), pageNumber, pageSize, count.getSingleResult());
    }

    /** Newest published articles that share a condition with {@code article}. */
    public List<Article> findRelated(Article article, int max) {
        var conditionIds = article.getConditions().stream().map(Condition::getId).toList();
        if (conditionIds.isEmpty()) {
            return List.of();
        }
        var ids = entityManager.createNamedQuery(Article.RELATED_IDS, Long.class)
                .setParameter("id", article.getId())
                .setParameter("conditionIds", conditionIds)
                .setMaxResults(max)
                .getResultList();
        return withConditions(ids);
    }

    /** Up to {@code limit} published articles with ids above {@code afterId}, by id: a walk through all of them. */
    public List<SearchableArticle> findSearchable(long afterId, int limit) {
        return entityManager.createNamedQuery(Article.SEARCHABLE_AFTER, SearchableArticle.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<SearchableArticle> findSearchable(long id) {
        return entityManager.createNamedQuery(Article.SEARCHABLE_BY_ID, SearchableArticle.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The condition ids of each of these published articles. */
    public Map<Long, List<Long>> findConditionIds(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createNamedQuery(Article.CONDITION_IDS_OF_PUBLISHED, Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
    }

    public List<SitemapEntry> findSitemapEntries() {
        return entityManager.createNamedQuery(Article.SITEMAP_ENTRIES, SitemapEntry.class).getResultList();
    }

    public List<Article> findFeatured() {
        return entityManager.createNamedQuery(Article.FEATURED, Article.class).getResultList();
    }

    public void save(Article article) {
        entityManager.persist(article);
    }

    /** The articles with these ids, conditions loaded, in the order of the ids. */
    private List<Article> withConditions(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = entityManager.createNamedQuery(Article.WITH_CONDITIONS_BY_IDS, Article.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Article::getId, Function.identity(), (a, b) -> a));
        return ids.stream().map(byId::get).toList();
    }
}
