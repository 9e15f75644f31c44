package org.meridian.condition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ConditionRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public List<Condition> findAll() {
        return entityManager.createNamedQuery(Condition.ALL, Condition.class).getResultList();
    }

    /** Every condition with its synonyms loaded. */
    public List<Condition> findAllWithSynonyms() {
        return entityManager
                .createNamedQuery(Condition.ALL_WITH_SYNONYMS, Condition.class)
                .getResultList();
    }

    public Optional<Condition> findBySlug(String slug) {
        return entityManager
                .createNamedQuery(Condition.BY_SLUG, Condition.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<Condition> findBySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createNamedQuery(Condition.BY_SLUGS, Condition.class)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    public Optional<Condition> findById(long id) {
        return Optional.ofNullable(entityManager.find(Condition.class, id));
    }

    /** How many published articles each condition has, by condition id; conditions without any are absent. */
    public Map<Long, Long> countPublishedArticles() {
        return counts(Condition.PUBLISHED_ARTICLE_COUNTS);
    }

    /** How many articles of any status each condition tags, by condition id; conditions without any are absent. */
    public Map<Long, Long> countAllArticles() {
        return counts(Condition.ARTICLE_COUNTS);
    }

    /** How many articles of any status {@code condition} tags. */
    public long countArticles(Condition condition) {
        return entityManager
                .createNamedQuery(Condition.ARTICLE_COUNT, Long.class)
                .setParameter("id", condition.getId())
                .getSingleResult();
    }

    public void save(Condition condition) {
        entityManager.persist(condition);
    }

    /** Takes {@code condition} off every article it tags, in one statement. */
    public void untagAll(Condition condition) {
        entityManager
                .createNativeQuery("delete from article_condition where condition_id = ?1")
                .setParameter(1, condition.getId())
                .executeUpdate();
    }

    public void remove(Condition condition) {
        entityManager.remove(condition);
    }

    /** Writes pending changes now, so a version or uniqueness conflict shows here rather than at commit. */
    public void flush() {
        entityManager.flush();
    }

    private Map<Long, Long> counts(String namedQuery) {
        var counts = new HashMap<Long, Long>();
        entityManager
                .createNamedQuery(namedQuery, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
