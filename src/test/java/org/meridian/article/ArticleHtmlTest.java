package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleHtmlTest {

    private static final List<String> FORBIDDEN_ELEMENTS = List.of(
            "script",
            "iframe",
            "frame",
            "frameset",
            "object",
            "embed",
            "style",
            "link",
            "meta",
            "base",
            "form",
            "input",
            "button",
            "textarea",
            "select",
            "svg",
            "math",
            "video",
            "audio",
            "source",
            "applet",
            "template",
            "noscript",
            "xml",
            "marquee");

    /** Filter-evasion strings after the OWASP XSS cheat sheet, and what rich-text editors and pasted documents send. */
    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
                "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                "<IMG SRC= onmouseover=\"alert('xxs')\">",
                "<IMG onmouseover=\"alert('xxs')\">",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
                "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<SCRIPT/XSS SRC=\"https://xss.example/xss.js\"></SCRIPT>",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<SCRIPT SRC=//xss.example/.j>",
                "<IMG SRC=\"`<javascript:alert>`('XSS')\"",
                "<iframe src=http://xss.example/scriptlet.html <",
                "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
                "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<IMG DYNSRC=\"javascript:alert('XSS')\">",
                "<IMG LOWSRC=\"javascript:alert('XSS')\">",
                "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
                "<svg/onload=alert('XSS')>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<BR SIZE=\"&{alert('XSS')}\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K\">",
                "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
                "<IFRAME SRC=# onmouseover=\"alert(document.cookie)\"></IFRAME>",
                "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><TD BACKGROUND=\"javascript:alert('XSS')\">x</TD></TABLE>",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<DIV STYLE=\"width: expression(alert('XSS'));\">",
                "<p style=\"color:red\" class=\"ql-align-center evil\" id=\"x\">styled</p>",
                "<BASE HREF=\"javascript:alert('XSS');//\">",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>",
                "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JAVASCRIPT:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<a href=\"java&#13;script:alert(1)\">click</a>",
                "<a href=\" javascript:alert(1)\">click</a>",
                "<a href=\"vbscript:msgbox(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
                "<a href=\"https://example.org\" onclick=\"alert(1)\" target=\"_blank\">ok</a>",
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
                "<img src=\"https://evil.example/track.png\" alt=\"tracker\">",
                "<img src=\"//evil.example/track.png\">",
                "<img src=\"/media/12-480.jpg/../../evil.png\">",
                "<img src=\"/media/12-480.jpg?v=1&onerror=alert(1)\">",
                "<form action=\"https://evil.example\"><input name=\"password\"></form>",
                "<details open ontoggle=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<audio src=x onerror=alert(1)>",
                "<body onpageshow=alert(1)>",
                "<marquee onstart=alert(1)>",
                "<isindex action=javascript:alert(1) type=image>",
                "<object data=\"javascript:alert(1)\">",
                "<template><script>alert(1)</script></template>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<a href=\"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)\">x</a>",
                "<x onclick=alert(1)>click",
                "\"><script>alert(document.domain)</script>",
                "<h2 onmouseover=\"alert(1)\">Heading</h2>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void removesEveryScriptHandlerDangerousUrlFrameAndForeignImage(String payload) {
        var clean = ArticleHtml.sanitize("<p>Before</p>" + payload + "<p>After</p>");
        var lower = clean.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), clean);
        assertFalse(lower.contains("<iframe"), clean);
        assertFalse(lower.contains("<style"), clean);
        var document = Jsoup.parseBodyFragment(clean);
        for (Element element : document.body().getAllElements()) {
            assertFalse(FORBIDDEN_ELEMENTS.contains(element.tagName()), element.tagName() + " in " + clean);
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), "handler " + name + " in " + clean);
                assertFalse(
                        List.of("style", "class", "id", "background", "dynsrc", "lowsrc", "target")
                                .contains(name),
                        name + " in " + clean);
                var value = attribute
                        .getValue()
                        .replaceAll("[\\s\\u0000-\\u001f]", "")
                        .toLowerCase(Locale.ROOT);
                assertFalse(
                        value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        "URL " + value + " in " + clean);
            }
            if (element.tagName().equals("img")) {
                assertTrue(ArticleHtml.MEDIA_URL.matcher(element.attr("src")).matches(), "foreign image in " + clean);
            }
        }
        assertTrue(clean.startsWith("<p>Before</p>"), "the text before it stays: " + clean);
    }

    @Test
    void thereAreAtLeastFiftyPayloads() {
        assertTrue(payloads().count() >= 50);
    }

    @Test
    void keepsWhatArticlesAreMadeOf() {
        var html = "<h2>Benefits</h2><h3>Pain</h3><h4>Detail</h4><p>Some <strong>strong</strong> and <em>em</em> "
                + "text<br />more</p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote>"
                + "<table><thead><tr><th scope=\"col\">A</th></tr></thead><tbody><tr><td colspan=\"2\">1</td></tr>"
                + "</tbody></table>";
        assertEquals(html, ArticleHtml.sanitize(html));
    }

    @Test
    void marksLinksToOtherSitesNoopenerNofollow() {
        assertEquals(
                "<p><a href=\"https://nccih.nih.gov\" rel=\"noopener nofollow\">NCCIH</a></p>",
                ArticleHtml.sanitize("<p><a href=\"https://nccih.nih.gov\">NCCIH</a></p>"));
        assertEquals(
                "<p><a href=\"/articles/sciatica\">Sciatica</a></p>",
                ArticleHtml.sanitize("<p><a href=\"/articles/sciatica\">Sciatica</a></p>"));
        assertEquals(
                "<p><a href=\"mailto:hello&#64;clinic.example\">Mail</a></p>",
                ArticleHtml.sanitize("<p><a href=\"mailto:hello@clinic.example\">Mail</a></p>"));
    }

    @Test
    void keepsImagesFromTheMediaLibraryOnly() {
        var own = "<p><img src=\"/media/12-960.jpg?v=3\" alt=\"Needles\" /></p>";
        assertTrue(
                ArticleHtml.sanitize(own).contains("src=\"/media/12-960.jpg?v&#61;3\"")
                        || ArticleHtml.sanitize(own).contains("src=\"/media/12-960.jpg?v=3\""),
                ArticleHtml.sanitize(own));
        assertFalse(ArticleHtml.sanitize("<p><img src=\"https://cdn.example/a.jpg\" alt=\"x\"></p>")
                .contains("<img"));
    }

    @Test
    void turnsPageLevelHeadingsIntoSectionHeadings() {
        assertEquals("<h2>Title</h2><h4>Small</h4>", ArticleHtml.sanitize("<h1>Title</h1><h6>Small</h6>"));
    }
}
