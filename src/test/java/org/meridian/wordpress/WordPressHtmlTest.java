package org.meridian.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.article.ArticleHtml;

class WordPressHtmlTest {

    private static String converted(String content) {
        return ArticleHtml.sanitize(WordPressHtml.toHtml(content, url -> null));
    }

    @Test
    void blankLinesBecomeParagraphsAndSingleLineBreaksStay() {
        assertEquals(
                "<p>First paragraph.</p>\n<p>Second one,<br />\non two lines.</p>",
                converted("First paragraph.\n\nSecond one,\non two lines.\n"));
    }

    @Test
    void blockEditorCommentsGoAndItsParagraphsAndHeadingsStay() {
        var html = converted("""
                <!-- wp:paragraph -->
                <p>Needles are fine.</p>
                <!-- /wp:paragraph -->

                <!-- wp:heading {"level":3} -->
                <h3 class="wp-block-heading">Is it safe?</h3>
                <!-- /wp:heading -->""");
        assertEquals("<p>Needles are fine.</p>\n<h3>Is it safe?</h3>", html);
    }

    @Test
    void listsAreNotWrappedInParagraphs() {
        var html = converted("Causes include:\n<ul>\n\t<li>Herniated disc</li>\n</ul>");
        assertFalse(html.contains("<p><ul>"), html);
        assertTrue(html.contains("<li>Herniated disc</li>"), html);
    }

    @Test
    void imagesOfAttachmentsPointAtTheMediaLibraryAndOtherImagesAndScriptsGo() {
        var mediaUrls =
                Map.of("https://old.example/wp-content/uploads/2024/05/needles-300x200.jpg", "/media/50-640.jpg?v=1");
        var html = ArticleHtml.sanitize(WordPressHtml.toHtml("""
                <figure class="wp-block-image"><img src="https://old.example/wp-content/uploads/2024/05/needles-300x200.jpg" alt="Needles" srcset="https://old.example/a.jpg 300w"/></figure>

                <script>alert(1)</script><p><img src="https://cdn.example/banner.png" alt="Banner"></p>

                [caption id="attachment_20"]Needles in a tray[/caption]""", mediaUrls::get));
        assertTrue(
                html.contains("<img src=\"/media/50-640.jpg?v&#61;1\" alt=\"Needles\" />")
                        || html.contains("<img src=\"/media/50-640.jpg?v=1\" alt=\"Needles\" />"),
                html);
        assertFalse(html.contains("cdn.example"), html);
        assertFalse(html.contains("script") || html.contains("alert"), html);
        assertFalse(html.contains("srcset"), html);
        assertTrue(html.contains("Needles in a tray") && !html.contains("[caption"), html);
    }

    @Test
    void findsTheAddressOfEveryImageShown() {
        assertEquals(
                List.of("https://old.example/wp-content/uploads/2024/05/a-300x200.jpg", "/b.png"),
                WordPressHtml.imageSources("<p><img class=\"x\" src=\"https://old.example/wp-content/uploads/2024/05/"
                        + "a-300x200.jpg\" alt=\"\"></p><IMG SRC='/b.png'>"));
    }
}
