package org.meridian.article;

import java.time.Instant;

/** What the search index needs of a published article: its text, read without loading the whole entity. */
public record SearchableArticle(
        long id, String slug, String title, String summary, String bodyHtml, Instant publishedAt) {}
