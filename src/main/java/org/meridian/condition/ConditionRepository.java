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
        return entityManager.createNamedQuery(Condition.ALL_WITH_SYNONYMS, Condition.class).getResultList();
    }

    public Optional<Condition> findBySlug(String slug) {
        return entityManager.createNamedQuery(Condition.BY_SLUG, Condition.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public List<Condition> findBySlugs(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return entityManager.createNamedQuery(Condition.BY_SLUGS, Condition.class)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    /** How many published articles each condition has, by condition id; conditions without any are absent. */
    public Map<Long, Long> countPublishedArticles() {
        var counts = new HashMap<Long, Long>();
        entityManager.createNamedQuery(Condition.PUBLISHED_ARTICLE_COUNTS, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public void save(Condition condition) {
        entityManager.persist(condition);
    }
}
