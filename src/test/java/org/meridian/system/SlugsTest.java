package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Treating Sciatica Pain with Acupuncture | treating-sciatica-pain-with-acupuncture",
                "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief | the-benefits-of-acupuncture-for-back-pain-a-holistic-approach-to-relief",
                "  Qi & Flow -- 101!  | qi-flow-101",
                "Café Crème Brûlée | cafe-creme-brulee",
                "Women’s Health | women-s-health"
            })
    void makesSlugsFromTitles(String title, String slug) {
        assertEquals(slug, Slugs.fromTitle(title));
    }

    @Test
    void cutsLongTitlesAtTheMaximumLengthWithoutATrailingHyphen() {
        var slug = Slugs.fromTitle("word ".repeat(60));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"back-pain", "a", "covid-19", "x1-y2"})
    void acceptsValidSlugs(String slug) {
        assertTrue(Slugs.isValid(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Back-Pain", "back--pain", "-back", "back-", "back pain", "<script>", "../etc", "ü"})
    void rejectsInvalidSlugs(String slug) {
        assertFalse(Slugs.isValid(slug));
    }

    @Test
    void rejectsNull() {
        assertFalse(Slugs.isValid(null));
    }

    @Test
    void aFreeSlugIsKeptAndATakenOneGetsTheFirstFreeNumber() {
        var taken = Set.of("back-pain", "back-pain-2", "neck-pain");
        assertEquals("sciatica", Slugs.firstFree("sciatica", taken::contains));
        assertEquals("neck-pain-2", Slugs.firstFree("neck-pain", taken::contains));
        assertEquals("back-pain-3", Slugs.firstFree("back-pain", taken::contains));
    }

    @Test
    void aNumberedSlugStaysWithinTheMaximumLength() {
        var longest = "a".repeat(Slugs.MAX_LENGTH);
        var free = Slugs.firstFree(longest, longest::equals);
        assertEquals(Slugs.MAX_LENGTH, free.length());
        assertTrue(free.endsWith("-2"));
        assertTrue(Slugs.isValid(free));
    }
}
