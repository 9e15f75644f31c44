package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static ArticleContent content(String title, String body, List<Long> conditions) {
        return new ArticleContent(
                title,
                "cupping",
                "What cupping does.",
                body,
                null,
                "Dr. A",
                "Dr. Lena Park",
                "L.Ac.",
                LocalDate.of(2026, 1, 5),
                null,
                false,
                false,
                conditions,
                List.of(new Reference("NCCIH", "https://www.nccih.nih.gov")));
    }

    @Test
    void marksChangedFieldsAndParagraphsOnly() {
        var older = content("Cupping", "<p>First.</p><p>Second.</p>", List.of(1L));
        var newer =
                content("Cupping for Neck Pain", "<p>First.</p><p>Second, longer.</p><p>Third.</p>", List.of(1L, 2L));
        var names = Map.of(1L, "Back Pain", 2L, "Sciatica");
        var lines = RevisionDiff.between(older.toLines(names), newer.toLines(names));
        var changed = lines.stream()
                .filter(line -> line.change() != RevisionDiff.Change.SAME)
                .map(line -> line.getSign() + line.text())
                .toList();
        assertEquals(
                List.of(
                        "\u2212Title: Cupping",
                        "+Title: Cupping for Neck Pain",
                        "\u2212Conditions: Back Pain",
                        "+Conditions: Back Pain, Sciatica",
                        "\u2212Body: <p>Second.</p>",
                        "+Body: <p>Second, longer.</p>",
                        "+Body: <p>Third.</p>"),
                changed);
        assertTrue(lines.contains(new RevisionDiff.Line(RevisionDiff.Change.SAME, "Body: <p>First.</p>")));
        assertTrue(lines.contains(new RevisionDiff.Line(
                RevisionDiff.Change.SAME, "Reference 1: NCCIH \u2013 https://www.nccih.nih.gov")));
    }

    @Test
    void identicalRevisionsHaveNoChanges() {
        var same = content("Cupping", "<p>Text.</p>", List.of());
        var lines = RevisionDiff.between(same.toLines(Map.of()), same.toLines(Map.of()));
        assertTrue(lines.stream().allMatch(line -> line.change() == RevisionDiff.Change.SAME));
    }

    @Test
    void contentSurvivesItsJsonForm() {
        var original = content("Cupping \"quoted\" \u00e9", "<p>Body &amp; more</p>", List.of(3L, 7L));
        assertEquals(original, ArticleContent.fromJson(original.toJson()));
        var withoutOptional = new ArticleContent(
                "T", "t", "S", "<p>B</p>", 5L, "A", null, null, null, null, true, true, List.of(), List.of());
        assertEquals(withoutOptional, ArticleContent.fromJson(withoutOptional.toJson()));
    }
}
