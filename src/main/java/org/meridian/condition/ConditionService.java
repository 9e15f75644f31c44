package org.meridian.condition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meridian.system.Slugs;

@ApplicationScoped
public class ConditionService {

    @Inject
    private ConditionRepository conditionRepository;

    public List<Condition> all() {
        return conditionRepository.findAll();
    }

    public List<Condition> allWithSynonyms() {
        return conditionRepository.findAllWithSynonyms();
    }

    public Optional<Condition> find(String slug) {
        return Slugs.isValid(slug) ? conditionRepository.findBySlug(slug) : Optional.empty();
    }

    /** The conditions with these slugs; fewer than asked for when some slug names no condition. */
    public List<Condition> find(Collection<String> slugs) {
        return conditionRepository.findBySlugs(slugs);
    }

    /** Every condition with how many published articles it has, alphabetically. */
    public List<ConditionSummary> summaries() {
        var counts = conditionRepository.countPublishedArticles();
        return conditionRepository.findAll().stream()
                .map(condition -> new ConditionSummary(condition, counts.getOrDefault(condition.getId(), 0L)))
                .toList();
    }
}
