package org.meridian.article;

import java.util.Map;

/**
 * What the console's article list asks for: optional status, condition and words of the title, and an order.
 *
 * @param status        only articles in this status; {@link ArticleStatus#IN_REVIEW} also finds published articles
 *                      whose pending changes wait for review
 * @param sortField     one of {@link #SORTABLE}'s keys, or null for the most recently edited first
 */
public record ArticleQuery(
        ArticleStatus status, Long conditionId, String titleContains, String sortField, boolean ascending) {

    /** The orders the list offers, by the table column's field name; nothing else reaches the query. */
    static final Map<String, String> SORTABLE = Map.of(
            "title", "a.title",
            "status", "a.status",
            "editedAt", "a.editedAt",
            "publishedAt", "a.publishedAt");

    public ArticleQuery {
        titleContains = titleContains == null || titleContains.isBlank() ? null : titleContains.strip();
        if (sortField != null && !SORTABLE.containsKey(sortField)) {
            sortField = null;
        }
    }

    String orderBy() {
        return sortField == null ? "a.editedAt desc" : SORTABLE.get(sortField) + (ascending ? " asc" : " desc");
    }
}
