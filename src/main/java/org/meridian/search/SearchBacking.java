package org.meridian.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.meridian.system.HttpErrors;
import org.omnifaces.util.Faces;

/** Search results, {@code /search?q=...&page=...}: a plain GET form in every page header leads here. */
@Named
@RequestScoped
public class SearchBacking {

    @Inject
    private SearchService searchService;

    private SearchResults results;

    public void load() {
        var pageParam = Faces.getRequestParameter("page");
        if (pageParam != null && !pageParam.matches("[1-9][0-9]{0,2}")) {
            HttpErrors.badRequest();
            return;
        }
        var page = pageParam == null ? 1 : Integer.parseInt(pageParam);
        results = searchService.search(Faces.getRequestParameter("q"), page);
        // A page past the last one (an old link, a hand-edited address) is not a page of these results.
        if (page > results.getTotalPages()) {
            HttpErrors.notFound();
        }
    }

    public SearchResults getResults() {
        return results;
    }

    public boolean isQueried() {
        return !results.query().isEmpty();
    }

    /** The query string of another page of these results. */
    public String queryForPage(int page) {
        var q = URLEncoder.encode(results.query(), StandardCharsets.UTF_8);
        return "?q=" + q + (page > 1 ? "&page=" + page : "");
    }
}
