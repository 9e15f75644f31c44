package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.system.BadRequestException;

class LibraryFilterTest {

    @Test
    void noParametersMeansEveryArticleFromTheFirstPage() {
        var filter = LibraryFilter.parse(null, null);
        assertFalse(filter.isFiltered());
        assertEquals(1, filter.getPage());
        assertEquals("", filter.toQueryString());
    }

    @Test
    void writesConditionsInOneCanonicalOrderWithoutDuplicates() {
        var filter = LibraryFilter.parse(new String[] {"sciatica", "back-pain", "sciatica"}, "2");
        assertEquals(List.of("back-pain", "sciatica"), List.copyOf(filter.getConditionSlugs()));
        assertEquals("?condition=back-pain&condition=sciatica&page=2", filter.toQueryString());
        assertEquals(filter, LibraryFilter.parse(new String[] {"back-pain", "sciatica"}, "2"));
    }

    @Test
    void removingAConditionKeepsTheOthersAndGoesBackToTheFirstPage() {
        var filter = LibraryFilter.parse(new String[] {"back-pain", "sciatica"}, "3");
        assertEquals("?condition=sciatica", filter.without("back-pain").toQueryString());
        assertEquals("", filter.without("back-pain").without("sciatica").toQueryString());
    }

    @Test
    void movesToAnotherPageKeepingTheConditions() {
        var filter = LibraryFilter.forCondition("sciatica");
        assertEquals("?condition=sciatica&page=4", filter.onPage(4).toQueryString());
        assertEquals("?condition=sciatica", filter.onPage(4).onPage(1).toQueryString());
        assertTrue(filter.isSelected("sciatica"));
        assertFalse(filter.isSelected("back-pain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "", "01", "9999999"})
    void rejectsMalformedPageNumbers(String page) {
        assertThrows(BadRequestException.class, () -> LibraryFilter.parse(null, page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Back Pain", "<script>", "back_pain"})
    void rejectsMalformedConditions(String condition) {
        assertThrows(BadRequestException.class, () -> LibraryFilter.parse(new String[] {condition}, null));
    }

    @Test
    void rejectsMoreConditionsThanTheLibraryHasRoomFor() {
        var many = new String[LibraryFilter.MAX_CONDITIONS + 1];
        for (int i = 0; i < many.length; i++) {
            many[i] = "condition-" + i;
        }
        assertThrows(BadRequestException.class, () -> LibraryFilter.parse(many, null));
    }
}
