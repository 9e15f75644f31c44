package org.meridian.condition;

/** A condition with the number of published articles about it, as the condition index lists it. */
public record ConditionSummary(Condition condition, long articleCount) {

    public Condition getCondition() {
        return condition;
    }

    public long getArticleCount() {
        return articleCount;
    }
}
