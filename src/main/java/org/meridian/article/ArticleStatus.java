package org.meridian.article;

/**
 * Where an article stands on its way to patients. Only {@link #PUBLISHED} articles are on the public site; a published
 * article can have pending changes in review without going offline.
 */
public enum ArticleStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
