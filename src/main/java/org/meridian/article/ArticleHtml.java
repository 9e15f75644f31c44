package org.meridian.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one HTML policy of the site: what an article's body may contain. Applied on every save, so whatever an editor
 * (or a pasted document, or someone posting the form by hand) sends, only this reaches patients:
 * headings h2-h4 (h1 becomes h2, h5 and h6 become h4: the page has its own h1), paragraphs, line breaks, lists,
 * emphasis, block quotes, simple tables, links to http, https and mailto addresses (other sites' links get
 * {@code rel="noopener nofollow"}), and images from the site's own media library. No scripts, event handlers,
 * styles, classes, frames, forms or other addresses.
 */
public final class ArticleHtml {

    /** The media library's own addresses, as {@code MediaAsset.url} writes them. */
    static final Pattern MEDIA_URL =
            Pattern.compile("/media/[1-9][0-9]{0,17}-[1-9][0-9]{0,4}\\.(jpg|png|webp)(\\?v=[0-9]{1,9})?");

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,3}");
    private static final String EXTERNAL_RELS = "noopener nofollow";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "h2",
                    "h3",
                    "h4",
                    "p",
                    "br",
                    "ul",
                    "ol",
                    "li",
                    "em",
                    "strong",
                    "i",
                    "b",
                    "u",
                    "s",
                    "blockquote",
                    "table",
                    "caption",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowElements(ArticleHtml::link, "a")
            .allowAttributes("src")
            .matching(MEDIA_URL)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .allowAttributes("width", "height")
            .matching(NUMBER)
            .onElements("img")
            .allowElements((name, attributes) -> valueOf(attributes, "src") == null ? null : name, "img")
            .allowAttributes("colspan", "rowspan")
            .matching(NUMBER)
            .onElements("td", "th")
            .allowAttributes("scope")
            .matching(Pattern.compile("row|col"))
            .onElements("th")
            .toFactory();

    private ArticleHtml() {}

    /** The body as it may be stored and shown: everything the policy does not allow is gone. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html).strip();
    }

    /** A link keeps its address; one to another site gets rel="noopener nofollow". One without address is text. */
    private static String link(String name, List<String> attributes) {
        var href = valueOf(attributes, "href");
        if (href == null) {
            return null;
        }
        var lower = href.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            attributes.add("rel");
            attributes.add(EXTERNAL_RELS);
        }
        return name;
    }

    /** The value of an attribute in the sanitiser's name, value, name, value... list. */
    private static String valueOf(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}
