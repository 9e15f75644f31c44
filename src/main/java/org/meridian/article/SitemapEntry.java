package org.meridian.article;

import java.time.Instant;

/** An article as the sitemap lists it: where it is and when it last changed. */
public record SitemapEntry(String slug, Instant updatedAt) {}
