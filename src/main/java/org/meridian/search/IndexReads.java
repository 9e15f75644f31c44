package org.meridian.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.article.ArticleRepository;
import org.meridian.article.SearchableArticle;
import org.meridian.condition.ConditionRepository;

/**
 * What the search index reads from the database, each read in a transaction of its own. The index reads on threads
 * of its own (the build at start-up, changes made on other instances), where Payara may close a container-managed
 * entity manager used outside a transaction and go on handing out the closed one: CI once saw every attempt to build
 * the index fail so for minutes, and the instance never became ready. A transaction gives each read its own.
 */
@ApplicationScoped
@Transactional
public class IndexReads {

    @Inject
    private ArticleRepository articles;

    @Inject
    private ConditionRepository conditions;

    /** The next {@code limit} published articles by id after {@code afterId}. */
    public List<SearchableArticle> articlesAfter(long afterId, int limit) {
        return articles.findSearchable(afterId, limit);
    }

    /** The published article with this id; empty when it is not (or no longer) published. */
    public Optional<SearchableArticle> article(long id) {
        return articles.findSearchable(id);
    }

    public Map<Long, List<Long>> conditionIds(Collection<Long> articleIds) {
        return articles.findConditionIds(articleIds);
    }

    /** Each condition's words for the index, by its id: its name and its synonyms. */
    public Map<Long, String> conditionTexts() {
        var texts = new HashMap<Long, String>();
        for (var condition : conditions.findAllWithSynonyms()) {
            texts.put(condition.getId(), condition.getName() + ". " + condition.getSynonymsText());
        }
        return texts;
    }
}
