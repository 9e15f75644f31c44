package org.meridian.wordpress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a WordPress export file (WXR) holds that Meridian takes over: its authors, categories and tags, posts and
 * image attachments. Other item types (pages, menus, revisions) are counted so the preview can say they were left
 * out.
 */
record WxrExport(
        String siteUrl,
        List<Author> authors,
        List<Term> terms,
        List<Post> posts,
        List<Attachment> attachments,
        int otherItems) {

    /** A {@code wp:author}: the login {@code dc:creator} names and the name shown on articles. */
    record Author(String login, String displayName) {}

    /** A {@code wp:category} or {@code wp:tag}: both become conditions, matched by slug (WordPress's nicename). */
    record Term(String slug, String name) {}

    /**
     * An item of {@code wp:post_type} post. Dates are null where WordPress writes {@code 0000-00-00 00:00:00}
     * (drafts never published). {@code termSlugs} are the nicenames of its categories and tags.
     */
    record Post(
            long wordPressId,
            String guid,
            String title,
            String slug,
            String contentHtml,
            String excerpt,
            String status,
            Instant postedAt,
            Instant modifiedAt,
            String creator,
            List<String> termSlugs,
            Long thumbnailId) {}

    /** An item of {@code wp:post_type} attachment: an uploaded file, by its URL on the old site. */
    record Attachment(
            long wordPressId,
            long parentId,
            String guid,
            String title,
            String url,
            String altText,
            Instant modifiedAt) {}

    Map<String, String> authorNames() {
        return authors.stream().collect(Collectors.toMap(Author::login, Author::displayName, (first, second) -> first));
    }
}
