package org.meridian.article;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The console's article list, {@code /admin/articles}: filtered by status, condition and title words, sorted and
 * paginated in the database, so it costs the same with ten articles or ten thousand.
 */
@Named
@ViewScoped
public class ArticlesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleOverviewService overviewService;

    @Inject
    private ConditionService conditionService;

    private ArticleStatus status;
    private Long conditionId;
    private String title;
    private List<Condition> conditions;
    private LazyDataModel<Article> articles;

    @PostConstruct
    void init() {
        conditions = conditionService.all();
        articles = new Listed();
    }

    public LazyDataModel<Article> getArticles() {
        return articles;
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public Long getConditionId() {
        return conditionId;
    }

    public void setConditionId(Long conditionId) {
        this.conditionId = conditionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    private ArticleQuery query(Map<String, SortMeta> sortBy) {
        var sort = sortBy == null
                ? null
                : sortBy.values().stream()
                        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                        .findFirst()
                        .orElse(null);
        return new ArticleQuery(
                status,
                conditionId,
                title,
                sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
    }

    /** Reads one page at a time with the filters of the enclosing bean. */
    private final class Listed extends LazyDataModel<Article> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(overviewService.count(query(null)));
        }

        @Override
        public List<Article> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return overviewService.listed(query(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(Article article) {
            return String.valueOf(article.getId());
        }
    }
}
