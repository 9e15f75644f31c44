package org.meridian.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.SiteClient;
import org.meridian.support.UntouchedDemoContent;

/** The public pages of the real WAR on Payara Micro, read with the demo content, as a patient's browser reads them. */
@UntouchedDemoContent
class PublicSiteIT extends DeployedWarTest {

    private static final String FULL_ARTICLE = "/articles/benefits-of-acupuncture-for-back-pain";
    private static final String SCIATICA_ARTICLE = "/articles/treating-sciatica-pain-with-acupuncture";
    private static final String CHRONIC_ARTICLE = "/articles/acupuncture-for-chronic-back-pain";

    private SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
    }

    @Test
    void homeShowsClinicFeaturedArticleAndWaysToGetInTouch() {
        var home = page("/");
        assertEquals("Meridian Acupuncture Clinic", home.selectFirst("h1").text());
        assertTrue(home.select("#featured-heading ~ article h3")
                .text()
                .contains("The Benefits of Acupuncture for Back Pain"));
        assertTrue(
                home.select("#latest-heading ~ article h3").text().contains("Treating Sciatica Pain with Acupuncture"));
        assertFalse(
                home.select("#latest-heading ~ article h3").text().contains("The Benefits of Acupuncture"),
                "the featured article is not listed twice");
        assertTrue(home.select("#conditions-heading ~ ul a").eachText().containsAll(List.of("Back Pain", "Sciatica")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/articles",
                "/articles?condition=sciatica",
                "/conditions",
                "/conditions/back-pain",
                FULL_ARTICLE,
                "/contact",
                "/privacy",
                "/contact/sent?ref=K7MP-3QXD",
                "/no-such-page"
            })
    void everyPageHasTheClinicHeaderLandmarksAndOneHeading(String path) {
        var page = SiteClient.html(site.get(path));
        assertEquals(1, page.select("h1").size(), "one h1");
        assertEquals("#content", page.selectFirst("a.skip-link").attr("href"));
        assertEquals(1, page.select("main#content").size());
        assertEquals(
                1, page.select("header").size() - page.select("main header").size());
        assertEquals(1, page.select("footer.site-footer").size());
        assertEquals("tel:+19167424001", page.selectFirst("header a.call").attr("href"));
        assertTrue(page.selectFirst("header a.call").text().contains("(916) 742-4001"));
        assertEquals(
                "Directions",
                page.select("header a").stream()
                        .filter(a -> a.text().equals("Directions"))
                        .findFirst()
                        .orElseThrow()
                        .text());
        assertEquals(
                "/contact",
                page.select("header a").stream()
                        .filter(a -> a.text().equals("Contact/Schedule"))
                        .findFirst()
                        .orElseThrow()
                        .attr("href"));
        assertFalse(page.html().toLowerCase().contains("primefaces"), "no PrimeFaces on public pages");
        assertFalse(page.html().toLowerCase().contains("jquery"), "no jQuery on public pages");
        assertHeadingsDoNotSkipLevels(page);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/articles",
                "/articles?condition=back-pain&condition=sciatica",
                "/conditions",
                "/conditions/sciatica",
                FULL_ARTICLE,
                "/contact",
                "/no-such-page",
                "/articles/no-such-article"
            })
    void publicPagesCreateNoSession(String path) {
        var response = site.get(path);
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie from " + path);
        // The contact form posts back to a transient view: its view state field only says "stateless".
        var viewStates = SiteClient.html(response)
                .select("input[name=jakarta.faces.ViewState]")
                .eachAttr("value");
        assertTrue(viewStates.stream().allMatch("stateless"::equals), "no server-side view state in " + path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/articles", FULL_ARTICLE, "/no-such-page", "/static/site.css"})
    void everyResponseCarriesBrowserProtections(String path) {
        var headers = site.get(path).headers();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElseThrow());
        assertTrue(headers.firstValue("Referrer-Policy").isPresent());
        assertTrue(headers.firstValue("Permissions-Policy").isPresent());
        var policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(
                policy.contains("script-src 'none'")
                        && policy.contains("object-src 'none'")
                        && policy.contains("base-uri 'none'")
                        && policy.contains("frame-ancestors 'none'"),
                policy);
    }

    @Test
    void oversizedBodiesAreRefusedWith413() {
        var body = new byte[13 * 1024 * 1024];
        var response = site.send(HttpRequest.newBuilder(site.uri("/contact"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        assertEquals(413, response.statusCode());
        assertTrue(SiteClient.html(response).selectFirst("h1").text().contains("too large"));
    }

    @Test
    void libraryListsPublishedArticlesNewestFirstWithCount() {
        var library = page("/articles");
        assertEquals(
                List.of(
                        "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief",
                        "Acupuncture for Chronic Back Pain",
                        "Treating Sciatica Pain with Acupuncture"),
                cardTitles(library));
        assertEquals("3 articles", library.selectFirst(".results-count").text());
        assertEquals(
                List.of("2025-03-10", "2024-11-05", "2024-08-20"),
                library.select("article.card time").eachAttr("datetime"));
    }

    @Test
    void filterBySciaticaShowsItsArticlesAndTheActiveFilter() {
        var library = page("/articles?condition=sciatica");
        assertEquals(
                List.of(
                        "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief",
                        "Treating Sciatica Pain with Acupuncture"),
                cardTitles(library));
        assertEquals(
                "2 articles about Sciatica",
                library.selectFirst(".results-count").text());
        var removeLink = library.selectFirst(".active-filters a.removable");
        assertTrue(removeLink.text().startsWith("Sciatica"));
        assertEquals("/articles", removeLink.attr("href"));
        assertTrue(library.selectFirst("input[value=sciatica]").hasAttr("checked"));
        assertFalse(library.selectFirst("input[value=back-pain]").hasAttr("checked"));
    }

    @Test
    void filterByBackPainLeavesOutTheSciaticaTeaser() {
        var titles = cardTitles(page("/articles?condition=back-pain"));
        assertTrue(titles.contains("Acupuncture for Chronic Back Pain"));
        assertFalse(titles.contains("Treating Sciatica Pain with Acupuncture"));
    }

    @Test
    void filterBySeveralConditionsShowsArticlesAboutAnyOfThemAndRemovesEachAlone() {
        var library = page("/articles?condition=sciatica&condition=back-pain");
        assertEquals(3, cardTitles(library).size());
        assertEquals(
                "3 articles about Back Pain or Sciatica",
                library.selectFirst(".results-count").text());
        var removeLinks = library.select(".active-filters a.removable").eachAttr("href");
        assertEquals(List.of("/articles?condition=sciatica", "/articles?condition=back-pain"), removeLinks);
    }

    @Test
    void filterWithNoMatchingArticleSaysSoHelpfully() {
        var library = page("/articles?condition=pregnancy");
        assertTrue(cardTitles(library).isEmpty());
        assertEquals(
                "0 articles about Pregnancy",
                library.selectFirst(".results-count").text());
        assertTrue(library.selectFirst(".empty").text().contains("no articles about Pregnancy yet"));
        assertEquals("/articles", library.selectFirst(".empty a").attr("href"));
    }

    @Test
    void unknownConditionInFilterIsNotFound() {
        assertEquals(404, site.get("/articles?condition=no-such-condition").statusCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/articles?page=abc",
                "/articles?page=0",
                "/articles?page=-1",
                "/articles?condition=%3Cscript%3E",
                "/articles?condition="
            })
    void malformedLibraryParametersAreBadRequests(String path) {
        var response = site.get(path);
        assertEquals(400, response.statusCode());
        assertTrue(SiteClient.html(response).selectFirst("h1").text().contains("does not look right"));
    }

    @Test
    void pageBeyondTheLastIsNotFound() {
        assertEquals(404, site.get("/articles?page=2").statusCode());
    }

    @Test
    void fullArticleHasItsSectionsBenefitsReviewReferencesAndPrompts() {
        var article = page(FULL_ARTICLE);
        assertEquals(
                "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief",
                article.selectFirst("h1").text());
        assertEquals(
                List.of("Home", "Articles", article.selectFirst("h1").text()),
                article.select("nav.breadcrumb li").eachText());
        var benefits = article.select(".body h3").eachText();
        assertEquals(7, benefits.size());
        assertEquals("1. Pain Relief Without Medication", benefits.get(0));
        assertEquals("7. Minimal Side Effects", benefits.get(6));
        assertTrue(article.select(".body h2")
                .eachText()
                .contains("Scientific Evidence Supporting Acupuncture for Back Pain"));
        assertTrue(article.selectFirst(".reviewed").text().matches("Medically reviewed by .+ on \\w+ \\d+, \\d{4}"));
        assertTrue(article.select(".references li a").size() >= 2);
        assertTrue(article.select(".references li a").eachAttr("href").stream()
                .allMatch(href -> href.startsWith("https://")));
        assertEquals(
                List.of("/conditions/back-pain", "/conditions/sciatica"),
                article.select("header .chips a").eachAttr("href"));
        assertTrue(article.selectFirst(".disclaimer").text().startsWith("Medical disclaimer:"));
        assertEquals(
                "/contact?condition=back-pain",
                article.selectFirst(".prompt a.primary").attr("href"));
        assertTrue(article.select(".related h3").eachText().contains("Acupuncture for Chronic Back Pain"));
        assertTrue(article.select("img").isEmpty(), "an article without an image shows none");
    }

    @Test
    void teaserArticleCarriesTheTeaserTextAndItsCondition() {
        var article = page(SCIATICA_ARTICLE);
        assertTrue(article.selectFirst(".body").text().startsWith("Anyone who has suffered from sciatic nerve pain"));
        assertEquals(5, article.select(".body li").size());
        assertEquals(List.of("Sciatica"), article.select("header .chips a").eachText());
        assertEquals(
                List.of("Back Pain"),
                page(CHRONIC_ARTICLE).select("header .chips a").eachText());
    }

    @Test
    void conditionIndexListsEveryConditionWithItsArticleCount() {
        var index = page("/conditions");
        assertTrue(index.select(".condition-list h2")
                .eachText()
                .containsAll(List.of("Back Pain", "Sciatica", "Pregnancy")));
        var sciatica = index.select(".condition-list li").stream()
                .filter(li -> li.selectFirst("h2").text().equals("Sciatica"))
                .findFirst()
                .orElseThrow();
        assertEquals("2 articles", sciatica.selectFirst(".meta").text());
    }

    @Test
    void conditionHubDescribesTheConditionAndListsItsArticles() {
        var hub = page("/conditions/sciatica");
        assertEquals("Sciatica", hub.selectFirst("h1").text());
        assertTrue(hub.selectFirst(".lead").text().contains("sciatic nerve"));
        assertTrue(hub.text().contains("Also known as: sciatic nerve pain"));
        assertEquals(2, hub.select("article.card").size());
        assertEquals(
                "/contact?condition=sciatica",
                hub.selectFirst("main a.action.primary").attr("href"));
    }

    @Test
    void contactPageShowsPhoneAddressHoursDirectionsAndEmergencyNotice() {
        var contact = page("/contact");
        assertEquals("tel:+19167424001", contact.selectFirst("main a.call").attr("href"));
        assertTrue(contact.selectFirst("main address").text().contains("Sacramento, CA 95814"));
        assertTrue(contact.select("main .hours dt").eachText().contains("Monday"));
        assertTrue(contact.select("main .hours dd").eachText().contains("9:00 AM \u2013 6:00 PM"));
        assertTrue(contact.selectFirst(".emergency-notice").text().contains("911"));
        assertTrue(contact.select("main a").eachText().contains("Get directions"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/articles/no-such-article",
                "/conditions/no-such-condition",
                "/no-such-page",
                "/articles/benefits-of-acupuncture-for-back-pain/extra",
                "/contact/extra",
                "/articles/Not%20A%20Slug",
                "/articles/_article",
                "/conditions/_condition",
                "/articles/_article.xhtml",
                "/conditions/_condition.xhtml",
                "/articles/_article/benefits-of-acupuncture-for-back-pain"
            })
    void unknownAddressesGetARealNotFoundPage(String path) {
        var response = site.get(path);
        assertEquals(404, response.statusCode());
        var page = SiteClient.html(response);
        assertEquals("We could not find that page", page.selectFirst("h1").text());
        assertEquals("tel:+19167424001", page.selectFirst("header a.call").attr("href"));
    }

    @Test
    void staticStylesheetHasAVersionedUrlCachedForAYear() {
        var href = page("/").selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/static/site\\.css\\?v=[0-9a-f]{12}"), href);
        var css = site.get(href);
        assertEquals(200, css.statusCode());
        assertEquals(
                "public, max-age=31536000, immutable",
                css.headers().firstValue("Cache-Control").orElseThrow());
    }

    private Document page(String path) {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        return SiteClient.html(response);
    }

    private static List<String> cardTitles(Document page) {
        return page.select("article.card h3").eachText();
    }

    private static void assertHeadingsDoNotSkipLevels(Document page) {
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, "heading " + heading + " skips a level after h" + previous);
            previous = level;
        }
    }
}
