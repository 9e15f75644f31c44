package org.meridian.condition;

/** A condition that articles are tagged with cannot simply be deleted: the editor decides what happens to them. */
public class ConditionInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long articleCount;

    public ConditionInUseException(String name, long articleCount) {
        super("\u201c" + name + "\u201d is used by " + articleCount + (articleCount == 1 ? " article" : " articles")
                + ", so it was not deleted. You can remove it from " + (articleCount == 1 ? "that article" : "them")
                + " and delete it, or keep it.");
        this.articleCount = articleCount;
    }

    public long getArticleCount() {
        return articleCount;
    }
}
