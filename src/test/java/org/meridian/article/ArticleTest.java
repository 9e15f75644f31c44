package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.condition.Condition;

class ArticleTest {

    private static Article draft() {
        return new Article("Cupping for Neck Pain", "cupping-for-neck-pain", "What cupping does.", "<p>Body</p>", "Dr. A");
    }

    @Test
    void startsAsAnUnpublishedDraft() {
        var article = draft();
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertFalse(article.isPublished());
    }

    @Test
    void keepsItsFirstPublicationDateWhenPublishedAgain() {
        var article = draft();
        var first = Instant.parse("2025-01-01T10:00:00Z");
        var again = Instant.parse("2025-06-01T10:00:00Z");
        article.publish(first);
        article.unpublish(again);
        assertFalse(article.isPublished());
        article.publish(again);
        assertTrue(article.isPublished());
        assertEquals(first, article.getPublishedAt());
        assertEquals(again, article.getUpdatedAt());
    }

    @Test
    void refusesMissingTitleSummaryBodyOrAuthor() {
        assertThrows(IllegalArgumentException.class, () -> new Article(" ", "slug", "s", "<p>b</p>", "a"));
        assertThrows(IllegalArgumentException.class, () -> new Article("t", "Not A Slug", "s", "<p>b</p>", "a"));
        assertThrows(IllegalArgumentException.class, () -> new Article("t", "slug", "", "<p>b</p>", "a"));
        assertThrows(IllegalArgumentException.class, () -> new Article("t", "slug", "s", " ", "a"));
        assertThrows(IllegalArgumentException.class, () -> new Article("t", "slug", "s", "<p>b</p>", null));
    }

    @Test
    void listsConditionsAlphabetically() {
        var article = draft();
        article.tag(new Condition("Sciatica", "sciatica", null));
        article.tag(new Condition("Back Pain", "back-pain", null));
        assertEquals(List.of("Back Pain", "Sciatica"),
                article.getSortedConditions().stream().map(Condition::getName).toList());
    }

    @Test
    void reviewerIsShownWithCredentials() {
        assertEquals("Dr. Lena Park, L.Ac.", new MedicalReviewer("Dr. Lena Park", "L.Ac.").getDisplayName());
        assertEquals("Dr. Lena Park", new MedicalReviewer("Dr. Lena Park", " ").getDisplayName());
    }
}
