package org.meridian.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a post's {@code content:encoded} into HTML for the article sanitiser: WordPress stores paragraphs as blank
 * lines (its editor adds the {@code <p>} tags only when it shows a post, "wpautop") and blocks of its block editor
 * inside {@code <!-- wp:... -->} comments. The images of the post's attachments are pointed at their copies in the
 * media library; the sanitiser then drops every other image, as it does for anything pasted from another site.
 */
final class WordPressHtml {

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
    /** Shortcodes of WordPress itself that wrap or stand for content; their text stays, the brackets go. */
    private static final Pattern SHORTCODE =
            Pattern.compile("\\[/?(caption|gallery|embed|video|audio|playlist)\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);

    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern STARTS_WITH_BLOCK = Pattern.compile(
            "^<(p|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|figure|figcaption|div|pre|hr|dl|section)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMG_SRC =
            Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*)([\"'])(.*?)\\2", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SRCSET =
            Pattern.compile("\\s(srcset|sizes)\\s*=\\s*([\"']).*?\\2", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private WordPressHtml() {}

    /**
     * The post's content as paragraphs, with each {@code <img src>} that {@code mediaUrl} knows (by the URL on the
     * old site) pointing at the media library. Not yet sanitised.
     */
    static String toHtml(String content, Function<String, String> mediaUrl) {
        var text = SHORTCODE
                .matcher(BLOCK_COMMENT.matcher(content.replace("\r\n", "\n")).replaceAll(""))
                .replaceAll("");
        text = SRCSET.matcher(text).replaceAll("");
        var html = new StringBuilder();
        for (var block : BLANK_LINES.split(text.strip())) {
            var trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (STARTS_WITH_BLOCK.matcher(trimmed).find()) {
                html.append(trimmed);
            } else {
                html.append("<p>").append(trimmed.replace("\n", "<br>\n")).append("</p>");
            }
            html.append('\n');
        }
        return rewriteImages(html.toString().strip(), mediaUrl);
    }

    private static String rewriteImages(String html, Function<String, String> mediaUrl) {
        var matcher = IMG_SRC.matcher(html);
        var out = new StringBuilder();
        while (matcher.find()) {
            var replacement = mediaUrl.apply(matcher.group(3).strip());
            var src = replacement == null ? matcher.group(3) : replacement;
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(matcher.group(1) + matcher.group(2) + src + matcher.group(2)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The address of every image the content shows. */
    static List<String> imageSources(String content) {
        var sources = new ArrayList<String>();
        var matcher = IMG_SRC.matcher(content);
        while (matcher.find()) {
            sources.add(matcher.group(3).strip());
        }
        return sources;
    }
}
