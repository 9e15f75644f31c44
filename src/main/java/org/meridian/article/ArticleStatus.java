package org.meridian.article;

/** Where an article stands on its way to patients. Only {@link #PUBLISHED} articles are on the public site. */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    UNPUBLISHED
}
