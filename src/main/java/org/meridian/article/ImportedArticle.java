package org.meridian.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An article as another system (a WordPress export) had it: the fields that system knows. Saved over an article
 * imported before, it keeps what only Meridian has (medical review, references, featured, dates of review) and adds
 * its conditions to those editors gave the article here. Published when {@code publishedAt} is set (first published
 * then), scheduled when {@code publishAt} is set, else a draft.
 */
public record ImportedArticle(
        String title,
        String slug,
        String summary,
        String bodyHtml,
        Long heroImageId,
        String authorName,
        List<Long> conditionIds,
        Instant publishedAt,
        Instant publishAt) {

    ArticleContent asNew() {
        return new ArticleContent(
                title,
                slug,
                summary,
                bodyHtml,
                heroImageId,
                authorName,
                null,
                null,
                null,
                null,
                false,
                false,
                conditionIds,
                List.of());
    }

    ArticleContent mergedInto(ArticleContent current) {
        var conditions = new LinkedHashSet<Long>(current.conditionIds());
        conditions.addAll(conditionIds);
        return new ArticleContent(
                title,
                slug,
                summary,
                bodyHtml,
                heroImageId == null ? current.heroImageId() : heroImageId,
                authorName,
                current.reviewerName(),
                current.reviewerCredentials(),
                current.lastReviewedOn(),
                current.reviewDueOn(),
                current.featured(),
                current.hiddenFromSearchEngines(),
                new ArrayList<>(conditions),
                current.references());
    }
}
