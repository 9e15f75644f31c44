package org.meridian.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultsTest {

    private static SearchResults page(int page, long totalHits) {
        return new SearchResults("acupuncture", List.of(), page, SearchService.PAGE_SIZE, totalHits);
    }

    @Test
    void pagesAreCountedFromTheMatches() {
        assertEquals(1, page(1, 0).getTotalPages(), "no match still shows one page");
        assertEquals(1, page(1, 10).getTotalPages());
        assertEquals(2, page(1, 11).getTotalPages());
    }

    @Test
    void onlyTheBestPagesCanBeReached() {
        var lastShown = page(SearchService.MAX_PAGE, 10_000);
        assertEquals(SearchService.MAX_PAGE, lastShown.getTotalPages());
        assertFalse(lastShown.hasNext(), "no link to a page that is not shown");
        assertTrue(lastShown.hasPrevious());
        assertEquals(10_000, lastShown.totalHits(), "the count still says how many match in all");
    }
}
