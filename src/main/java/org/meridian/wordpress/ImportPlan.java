package org.meridian.wordpress;

import java.util.List;
import java.util.Map;

/**
 * What an import will do, for the preview and then for the import itself: each post created, updated or skipped
 * (and why), conditions to create ({@code conditionSlugs} gives the condition slug of each WordPress category and
 * tag nicename the posts use), authors, the images found in the zip or missing, and warnings.
 */
public record ImportPlan(
        List<PostStep> posts,
        List<ConditionStep> conditions,
        Map<String, String> conditionSlugs,
        List<String> authors,
        List<ImageStep> images,
        List<String> warnings) {

    public enum Action {
        CREATE("Create"),
        UPDATE("Update"),
        SKIP("Skip");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /**
     * One post: the article it becomes ({@code articleId} when it updates one), at {@code slug}, with its status in
     * Meridian, or why it is skipped.
     */
    public record PostStep(
            WxrExport.Post source,
            Action action,
            Long articleId,
            String title,
            String slug,
            String status,
            String note) {}

    /** A category or tag the imported posts use: an existing condition (by slug) or one to create. */
    public record ConditionStep(String slug, String name, boolean exists) {}

    /** An image attachment the imported posts use; {@code mediaId} when an earlier import brought it in already. */
    public record ImageStep(WxrExport.Attachment source, String fileName, boolean found, Long mediaId) {}

    public long count(Action action) {
        return posts.stream().filter(step -> step.action() == action).count();
    }

    public List<ConditionStep> newConditions() {
        return conditions.stream().filter(step -> !step.exists()).toList();
    }

    public List<ImageStep> missingImages() {
        return images.stream().filter(step -> !step.found()).toList();
    }

    public List<ImageStep> foundImages() {
        return images.stream().filter(ImageStep::found).toList();
    }

    /** Nothing to create or update: the import would change nothing. */
    public boolean isNothingToDo() {
        return posts.stream().allMatch(step -> step.action() == Action.SKIP);
    }
}
