package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.condition.Condition;

class ArticleTest {

    private static Article draft() {
        return new Article(
                "Cupping for Neck Pain", "cupping-for-neck-pain", "What cupping does.", "<p>Body</p>", "Dr. A");
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
        assertEquals(
                List.of("Back Pain", "Sciatica"),
                article.getSortedConditions().stream().map(Condition::getName).toList());
    }

    @Test
    void reviewerIsShownWithCredentials() {
        assertEquals("Dr. Lena Park, L.Ac.", new MedicalReviewer("Dr. Lena Park", "L.Ac.").getDisplayName());
        assertEquals("Dr. Lena Park", new MedicalReviewer("Dr. Lena Park", " ").getDisplayName());
    }

    @Test
    void aPublishedArticleKeepsItsLiveFieldsWhileChangesArePending() {
        var article = draft();
        article.publish(Instant.parse("2025-01-01T10:00:00Z"));
        var next = article.liveContent().withBodyHtml("<p>Next version</p>");
        article.holdPendingChanges(next);
        assertEquals("<p>Body</p>", article.getBodyHtml(), "patients read the live body");
        assertEquals(next, article.workingContent(), "the editor works on the pending one");
        article.sendForReview();
        assertTrue(article.isInReview());
        assertTrue(article.isPublished(), "in review without going offline");
        article.apply(article.workingContent(), Set.of(), null);
        article.publish(Instant.parse("2025-02-01T10:00:00Z"));
        assertEquals("<p>Next version</p>", article.getBodyHtml());
        assertFalse(article.hasPendingChanges());
        assertFalse(article.isInReview());
    }

    @Test
    void onlyPublishedArticlesHavePendingChangesAndDraftsGoToReviewThemselves() {
        var article = draft();
        assertThrows(IllegalStateException.class, () -> article.holdPendingChanges(article.liveContent()));
        article.sendForReview();
        assertEquals(ArticleStatus.IN_REVIEW, article.getStatus());
        article.backToDraft();
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
    }

    @Test
    void unpublishingMustComeAfterPublishingAndBothClearWhenDone() {
        var article = draft();
        var at = Instant.parse("2025-03-01T10:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> article.schedule(at, at));
        article.schedule(at, at.plusSeconds(60));
        article.publish(at);
        assertEquals(null, article.getPublishAt());
        article.unpublish(at.plusSeconds(60));
        assertEquals(null, article.getUnpublishAt());
    }
}
