package org.meridian.article;

import java.time.Instant;
import java.util.Map;

/**
 * When the pages listing articles last changed, for the sitemap's lastmod.
 *
 * @param library the latest change to any listed article; null before the first publication
 * @param hubs    per condition slug, the latest change to an article about it
 */
public record ListingChanges(Instant library, Map<String, Instant> hubs) {

    public ListingChanges {
        hubs = Map.copyOf(hubs);
    }

    /** The latest change on a condition's hub; null when no article about it was ever published. */
    public Instant hub(String conditionSlug) {
        return hubs.get(conditionSlug);
    }
}
