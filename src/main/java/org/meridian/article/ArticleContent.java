package org.meridian.article;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Everything an editor can change of an article, as one value: what the editor form holds, what a revision stores
 * and what the pending changes of a published article are. Stored as JSON, so a revision keeps every field whatever
 * the article table looks like later.
 *
 * @param heroImageId   the media library image at the top, or null
 * @param conditionIds  the conditions it is tagged with
 */
public record ArticleContent(
        String title,
        String slug,
        String summary,
        String bodyHtml,
        Long heroImageId,
        String authorName,
        String reviewerName,
        String reviewerCredentials,
        LocalDate lastReviewedOn,
        LocalDate reviewDueOn,
        boolean featured,
        boolean hiddenFromSearchEngines,
        List<Long> conditionIds,
        List<Reference> references) {

    /** Where a line break goes in the body's text for a diff: after each block. */
    private static final Pattern BLOCK_END =
            Pattern.compile("(?<=</(?:p|h[1-6]|li|ul|ol|blockquote|tr|table|caption)>)|(?<=<br>)");

    public ArticleContent {
        conditionIds = conditionIds == null ? List.of() : List.copyOf(conditionIds);
        references = references == null ? List.of() : List.copyOf(references);
    }

    public ArticleContent withBodyHtml(String newBodyHtml) {
        return new ArticleContent(
                title,
                slug,
                summary,
                newBodyHtml,
                heroImageId,
                authorName,
                reviewerName,
                reviewerCredentials,
                lastReviewedOn,
                reviewDueOn,
                featured,
                hiddenFromSearchEngines,
                conditionIds,
                references);
    }

    public ArticleContent withSlug(String newSlug) {
        return new ArticleContent(
                title,
                newSlug,
                summary,
                bodyHtml,
                heroImageId,
                authorName,
                reviewerName,
                reviewerCredentials,
                lastReviewedOn,
                reviewDueOn,
                featured,
                hiddenFromSearchEngines,
                conditionIds,
                references);
    }

    public String toJson() {
        var json = Json.createObjectBuilder();
        text(json, "title", title);
        text(json, "slug", slug);
        text(json, "summary", summary);
        text(json, "bodyHtml", bodyHtml);
        if (heroImageId == null) {
            json.addNull("heroImageId");
        } else {
            json.add("heroImageId", heroImageId);
        }
        text(json, "authorName", authorName);
        text(json, "reviewerName", reviewerName);
        text(json, "reviewerCredentials", reviewerCredentials);
        text(json, "lastReviewedOn", lastReviewedOn == null ? null : lastReviewedOn.toString());
        text(json, "reviewDueOn", reviewDueOn == null ? null : reviewDueOn.toString());
        json.add("featured", featured);
        json.add("hiddenFromSearchEngines", hiddenFromSearchEngines);
        var ids = Json.createArrayBuilder();
        conditionIds.forEach(ids::add);
        json.add("conditionIds", ids);
        var refs = Json.createArrayBuilder();
        references.forEach(reference -> refs.add(
                Json.createObjectBuilder().add("title", reference.getTitle()).add("url", reference.getUrl())));
        json.add("references", refs);
        return json.build().toString();
    }

    public static ArticleContent fromJson(String text) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        var references = new ArrayList<Reference>();
        json.getJsonArray("references")
                .getValuesAs(JsonObject.class)
                .forEach(ref -> references.add(new Reference(ref.getString("title"), ref.getString("url"))));
        var conditionIds = json.getJsonArray("conditionIds").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
        return new ArticleContent(
                text(json, "title"),
                text(json, "slug"),
                text(json, "summary"),
                text(json, "bodyHtml"),
                json.isNull("heroImageId")
                        ? null
                        : json.getJsonNumber("heroImageId").longValue(),
                text(json, "authorName"),
                text(json, "reviewerName"),
                text(json, "reviewerCredentials"),
                day(text(json, "lastReviewedOn")),
                day(text(json, "reviewDueOn")),
                json.getBoolean("featured"),
                json.getBoolean("hiddenFromSearchEngines"),
                conditionIds,
                references);
    }

    /**
     * The content as lines of text for a readable comparison of two revisions: one line per field, the body one line
     * per paragraph, heading or list item.
     *
     * @param conditionNames names of the conditions by id (a deleted one shows by its number)
     */
    public List<String> toLines(Map<Long, String> conditionNames) {
        var lines = new ArrayList<String>();
        lines.add("Title: " + title);
        lines.add("Address: /articles/" + slug);
        lines.add("Summary: " + summary);
        lines.add("Author: " + orNone(authorName));
        lines.add("Medical reviewer: " + orNone(reviewerName)
                + (reviewerCredentials == null ? "" : ", " + reviewerCredentials));
        lines.add("Last reviewed: " + orNone(lastReviewedOn));
        lines.add("Review due: " + orNone(reviewDueOn));
        lines.add("Hero image: " + (heroImageId == null ? "none" : "image " + heroImageId));
        lines.add("Conditions: "
                + (conditionIds.isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                conditionIds.stream()
                                        .map(id -> conditionNames.getOrDefault(id, "condition " + id))
                                        .sorted()
                                        .toList())));
        lines.add("Featured: " + (featured ? "yes" : "no"));
        lines.add("Hidden from search engines: " + (hiddenFromSearchEngines ? "yes" : "no"));
        for (int i = 0; i < references.size(); i++) {
            var reference = references.get(i);
            lines.add("Reference " + (i + 1) + ": " + reference.getTitle() + " \u2013 " + reference.getUrl());
        }
        for (var block : BLOCK_END.split(bodyHtml == null ? "" : bodyHtml)) {
            if (!block.isBlank()) {
                lines.add("Body: " + block.strip());
            }
        }
        return lines;
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static String text(JsonObject json, String name) {
        var value = json.get(name);
        return value == null || value == JsonValue.NULL ? null : json.getString(name);
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
