package org.meridian.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of search results.
 *
 * @param totalHits how many published articles match in all
 */
public record SearchResults(String query, List<Hit> hits, int page, int pageSize, long totalHits) {

    /**
     * One matching article.
     *
     * @param snippetHtml a passage of the article with the matching words in {@code <mark>}; everything else in it
     *                    is HTML-escaped
     */
    public record Hit(String slug, String title, String snippetHtml, Instant publishedAt) {

        public String getSlug() {
            return slug;
        }

        public String getTitle() {
            return title;
        }

        public String getSnippetHtml() {
            return snippetHtml;
        }

        public Instant getPublishedAt() {
            return publishedAt;
        }
    }

    public static SearchResults none(String query) {
        return new SearchResults(query, List.of(), 1, 1, 0);
    }

    /**
     * The pages a patient can go through: the best {@value SearchService#MAX_PAGE} pages at most, as a search engine
     * shows them; the count of all matches is still {@link #totalHits}.
     */
    public int getTotalPages() {
        return (int) Math.min(SearchService.MAX_PAGE, Math.max(1, (totalHits + pageSize - 1) / pageSize));
    }

    public boolean hasNext() {
        return page < getTotalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public List<Hit> getHits() {
        return hits;
    }

    public long getTotalHits() {
        return totalHits;
    }

    public int getPage() {
        return page;
    }

    public String getQuery() {
        return query;
    }
}
