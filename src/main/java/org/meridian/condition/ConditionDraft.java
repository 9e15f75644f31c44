package org.meridian.condition;

import java.util.Arrays;
import java.util.List;

/**
 * A condition as the edit form holds it, before the service checks and saves it.
 *
 * @param version the version the editor started from, so a save cannot overwrite someone else's
 */
public record ConditionDraft(String name, String slug, String description, List<String> synonyms, long version) {

    public ConditionDraft {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }

    static ConditionDraft of(Condition condition) {
        return new ConditionDraft(
                condition.getName(),
                condition.getSlug(),
                condition.getDescription(),
                condition.getSynonyms(),
                condition.getVersion());
    }

    /** Other names as typed in a text area: one a line, or separated by commas. */
    public static List<String> synonymsFrom(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[\\n,]"))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .toList();
    }
}
