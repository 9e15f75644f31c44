package org.meridian.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.support.DeployedWarTest;
import org.meridian.support.SiteClient;
import org.meridian.support.UntouchedDemoContent;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Search, structured data, sitemap, robots and feeds of the real WAR, with the demo content. */
@UntouchedDemoContent
class SearchAndSeoIT extends DeployedWarTest {

    private static final String BASE = "https://clinic.meridian.test";
    private static final String BENEFITS = "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief";
    private static final String SCIATICA = "Treating Sciatica Pain with Acupuncture";

    private SiteClient site;

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
        site.awaitReady();
    }

    @Test
    void sciaticNerveFindsTheSciaticaArticleFirst() {
        var results = searchTitles("sciatic nerve");
        assertEquals(SCIATICA, results.get(0));
    }

    @Test
    void wordFormsMatchThroughStemsAndPrefixes() {
        assertEquals(List.of(BENEFITS), searchTitles("needle"), "needle finds needles");
        assertTrue(searchTitles("sciatic").contains(SCIATICA), "sciatic finds sciatica");
    }

    @Test
    void conditionSynonymsAreSearchable() {
        assertTrue(searchTitles("lumbago").contains("Acupuncture for Chronic Back Pain"), "Back Pain's synonym");
        assertTrue(searchTitles("slipped disc").contains(SCIATICA));
    }

    @Test
    void theIndexHoldsEveryPublishedArticle() {
        // The tests' server builds the index two articles a step (arquillian.xml), so this needs every step.
        var library =
                SiteClient.html(site.get("/articles")).select("article.card h3").eachText();
        assertEquals(3, library.size(), "the demo content's published articles");
        assertEquals(
                library.stream().sorted().toList(),
                searchTitles("acupuncture").stream().sorted().toList());
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        // "sciatica" is in the sciatica article's title and only in the body of the benefits article.
        assertEquals(List.of(SCIATICA, BENEFITS), searchTitles("sciatica"));
    }

    @Test
    void snippetsMarkTheMatchingWords() {
        var page = SiteClient.html(site.get("/search?q=needles"));
        var marks = page.select(".snippet mark").eachText();
        assertFalse(marks.isEmpty());
        assertTrue(marks.stream().allMatch(word -> word.toLowerCase().startsWith("needle")), marks.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%22unclosed",
                "AND+OR+NOT",
                "*",
                "%3F%3F",
                "title%3A%28x",
                "%5C",
                "%E9%87%9D%E7%81%B8",
                "%D0%B1%D0%BE%D0%BB%D1%8C",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "the+and+of",
                "+++"
            })
    void oddQueriesNeverFail(String query) {
        var response = site.get("/search?q=" + query);
        assertEquals(200, response.statusCode(), query);
        assertFalse(response.body().contains("<script>alert"), "query text is escaped");
    }

    @Test
    void veryLongQueryIsCutNotRefused() {
        var response = site.get("/search?q=" + "acupuncture+".repeat(400));
        assertEquals(200, response.statusCode());
        assertTrue(
                SiteClient.html(response).selectFirst(".results-count").text().startsWith("3 articles"));
    }

    @Test
    void noMatchGivesAHelpfulPage() {
        var page = SiteClient.html(site.get("/search?q=zzzzqqq"));
        assertEquals(
                "0 articles for “zzzzqqq”", page.selectFirst(".results-count").text());
        assertTrue(page.selectFirst(".empty").text().contains("Try fewer or other words"));
        assertEquals("noindex, follow", page.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void emptyQueryShowsTheSearchFormOnly() {
        var page = SiteClient.html(site.get("/search?q="));
        assertNotNull(page.selectFirst("form.search-form input[name=q]"));
        assertTrue(page.select(".results-count").isEmpty());
    }

    @Test
    void malformedSearchPageIsABadRequest() {
        assertEquals(400, site.get("/search?q=back&page=x").statusCode());
    }

    @Test
    void aPagePastTheLastPageOfResultsIsNotFound() {
        assertEquals(200, site.get("/search?q=needle").statusCode());
        assertEquals(404, site.get("/search?q=needle&page=2").statusCode(), "one match fills one page");
        assertEquals(404, site.get("/search?q=needle&page=51").statusCode(), "past the pages shown at most");
        assertEquals(404, site.get("/search?q=&page=2").statusCode(), "no words, no results to page through");
    }

    @Test
    void everyPageHasTheSearchBoxAsAPlainGetForm() {
        var form = SiteClient.html(site.get("/articles")).selectFirst("header form[role=search]");
        assertEquals("get", form.attr("method"));
        assertEquals("/search", form.attr("action"));
        assertEquals("q", form.selectFirst("input").attr("name"));
    }

    @Test
    void pagesHaveUniqueTitlesDescriptionsAndCanonicalUrls() {
        var paths = List.of(
                "/",
                "/articles",
                "/articles?condition=sciatica",
                "/conditions",
                "/conditions/sciatica",
                "/articles/benefits-of-acupuncture-for-back-pain",
                "/contact");
        var titles = paths.stream()
                .map(path -> SiteClient.html(site.get(path)).title())
                .distinct()
                .toList();
        assertEquals(paths.size(), titles.size(), titles.toString());
        for (var path : paths) {
            var page = SiteClient.html(site.get(path));
            assertFalse(
                    page.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            assertEquals(BASE + path, page.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals(BASE + path, page.selectFirst("meta[property=og:url]").attr("content"));
            assertFalse(
                    page.selectFirst("meta[property=og:title]").attr("content").isBlank());
            assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
        }
    }

    @Test
    void filterCanonicalUrlPutsConditionsInOneOrder() {
        var page = SiteClient.html(site.get("/articles?condition=sciatica&condition=back-pain"));
        assertEquals(
                BASE + "/articles?condition=back-pain&condition=sciatica",
                page.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void everyPageDescribesTheClinicAsStructuredData() {
        for (var path : List.of("/", "/articles", "/contact", "/conditions/back-pain")) {
            var clinic = jsonLd(SiteClient.html(site.get(path)), "MedicalClinic");
            assertEquals("Meridian Acupuncture Clinic", clinic.getString("name"));
            assertEquals("(916) 742-4001", clinic.getString("telephone"));
            assertEquals("Sacramento", clinic.getJsonObject("address").getString("addressLocality"));
            assertEquals(
                    "Monday",
                    clinic.getJsonArray("openingHoursSpecification")
                            .getJsonObject(0)
                            .getString("dayOfWeek"));
        }
    }

    @Test
    void articleIsAMedicalWebPageAboutItsConditionsWithReviewAndBreadcrumbs() {
        var page = SiteClient.html(site.get("/articles/benefits-of-acupuncture-for-back-pain"));
        var article = jsonLd(page, "MedicalWebPage");
        assertEquals(BENEFITS, article.getString("headline"));
        assertEquals(
                List.of("Back Pain", "Sciatica"),
                article.getJsonArray("about").getValuesAs(JsonObject.class).stream()
                        .map(about -> about.getString("name"))
                        .toList());
        assertEquals(
                "MedicalCondition",
                article.getJsonArray("about").getJsonObject(0).getString("@type"));
        assertEquals("2025-03-10", article.getString("lastReviewed"));
        assertEquals("Dr. Lena Park", article.getJsonObject("reviewedBy").getString("name"));
        var breadcrumbs = jsonLd(page, "BreadcrumbList").getJsonArray("itemListElement");
        assertEquals(3, breadcrumbs.size());
        assertEquals(BASE + "/articles", breadcrumbs.getJsonObject(1).getString("item"));
    }

    @Test
    void sitemapListsPublishedPagesWithLastModified() throws Exception {
        var response = site.get("/sitemap.xml");
        var locations = texts(xml(response.body()), "loc");
        assertTrue(locations.containsAll(List.of(
                BASE + "/",
                BASE + "/articles",
                BASE + "/conditions/sciatica",
                BASE + "/articles/benefits-of-acupuncture-for-back-pain")));
        assertTrue(locations.stream().noneMatch(loc -> loc.contains("/admin")));
        var newest = "2025-03-10T16:00:00Z";
        assertEquals(
                newest, SiteClient.sitemapLastModified(response, "/articles/benefits-of-acupuncture-for-back-pain"));
        assertEquals(
                "2024-08-20T16:00:00Z",
                SiteClient.sitemapLastModified(response, "/articles/treating-sciatica-pain-with-acupuncture"));
        assertEquals(newest, SiteClient.sitemapLastModified(response, "/articles"), "as its newest article");
        assertEquals(
                newest,
                SiteClient.sitemapLastModified(response, "/conditions/sciatica"),
                "the benefits article is about sciatica too");
        assertEquals("", SiteClient.sitemapLastModified(response, "/conditions/pregnancy"), "no article about it yet");
    }

    @Test
    void robotsKeepCrawlersOutOfTheAdminAndPointToTheSitemap() {
        var robots = site.get("/robots.txt").body();
        assertTrue(robots.contains("Disallow: /admin"));
        assertTrue(robots.contains("Sitemap: " + BASE + "/sitemap.xml"));
    }

    @Test
    void feedsAreValidAtomOfPublishedArticles() throws Exception {
        var all = xml(site.get("/feed.xml").body());
        assertEquals("feed", all.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", all.getDocumentElement().getNamespaceURI());
        assertEquals(3, all.getElementsByTagNameNS("*", "entry").getLength());
        var sciatica = xml(site.get("/conditions/sciatica/feed.xml").body());
        var titles = texts(sciatica, "title");
        assertTrue(titles.contains(SCIATICA));
        assertFalse(titles.contains("Acupuncture for Chronic Back Pain"));
        assertEquals(404, site.get("/conditions/no-such-condition/feed.xml").statusCode());
    }

    private List<String> searchTitles(String query) {
        var response = site.get("/search?q=" + query.replace(" ", "+"));
        assertEquals(200, response.statusCode());
        return SiteClient.html(response).select("article.card h3").eachText();
    }

    private static JsonObject jsonLd(Document page, String type) {
        return page.select("script[type=application/ld+json]").stream()
                .map(script ->
                        Json.createReader(new StringReader(script.data())).readObject())
                .filter(json -> type.equals(json.getString("@type")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + page.location()));
    }

    private static org.w3c.dom.Document xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> texts(org.w3c.dom.Document document, String localName) {
        var nodes = document.getElementsByTagNameNS("*", localName);
        return IntStream.range(0, nodes.getLength())
                .mapToObj(i -> ((Element) nodes.item(i)).getTextContent())
                .toList();
    }
}
