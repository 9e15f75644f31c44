package org.meridian.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.article.Article;
import org.meridian.condition.Condition;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentChanged;
import org.meridian.content.ContentKind;
import org.meridian.support.FreshDatabase;
import org.meridian.support.MeridianDeployment;
import org.meridian.support.SiteClient;

/**
 * Runs inside the server: changes content the way services do (the change and its feed record in one
 * transaction), then reads the public pages over HTTP, where they come from the page cache; and what the instance
 * does when the feed tells it of a restore.
 *
 * Longer than most classes: it runs inside its own deployment, and each class more would boot another server.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class PageCacheIT {

    /** The allocation size of content_change_seq. */
    private static final int ID_BLOCK = 50;

    @ArquillianResource
    private URL base;

    @PersistenceContext
    private EntityManager entityManager;

    @Resource
    private UserTransaction transaction;

    @Inject
    private ContentChangeFeed changes;

    @Inject
    private PageCache cache;

    private SiteClient site;

    @Inject
    private Event<ContentChanged> contentChanged;

    @Deployment
    static WebArchive deployment() {
        return MeridianDeployment.war().addClasses(SiteClient.class, FreshDatabase.class);
    }

    @BeforeEach
    void connect() {
        site = new SiteClient(base);
        site.awaitReady();
    }

    @Test
    void answersFromTheCacheWithValidatorsAnd304() {
        var first = site.get("/articles");
        var etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("Accept-Encoding", first.headers().firstValue("Vary").orElseThrow());
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());
        var again = site.send(HttpRequest.newBuilder(site.uri("/articles"))
                .header("If-None-Match", etag)
                .build());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void cachedPagesAreAnsweredInFrontOfPayarasSecurityValves() {
        site.get("/conditions/sciatica");
        var hits = cache.hits();
        var inFront = cache.hitsInFront();
        // Several requests: another test's content change, seen by the feed poller, may empty the cache meanwhile.
        for (var i = 0; i < 5; i++) {
            var again = site.get("/conditions/sciatica");
            assertEquals(200, again.statusCode());
            assertTrue(again.body().contains("Sciatica"), again.body());
            assertTrue(again.headers().firstValue("Content-Security-Policy").isPresent(), "security headers kept");
        }
        assertTrue(cache.hits() > hits, "answered from the cache");
        assertEquals(cache.hits() - hits, cache.hitsInFront() - inFront, "every hit answered by the valve");
        // Pages never cached go on through the pipeline: the console still asks for a sign-in.
        assertEquals(302, site.get("/admin/articles").statusCode(), "to the sign-in page");
    }

    @Test
    void gzipCopyHasItsOwnEtag() {
        var plain = site.get("/conditions");
        var gzip = site.send(HttpRequest.newBuilder(site.uri("/conditions"))
                .header("Accept-Encoding", "gzip")
                .build());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElseThrow());
        assertNotEquals(plain.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"));
    }

    @Test
    void publishingEditingAndUnpublishingShowOnTheVeryNextRequest() throws Exception {
        var slug = "cache-test-" + UUID.randomUUID();
        var before = site.get("/articles");
        assertFalse(before.body().contains(slug));

        long id = inTransaction(() -> {
            var article = new Article(
                    "Moxibustion for Cold Hands " + slug,
                    slug,
                    "Warmth for cold hands.",
                    "<p>Moxa warms the points.</p>",
                    "Dr. Test");
            article.publish(Instant.now());
            entityManager.persist(article);
            entityManager.flush();
            changes.record(ContentKind.ARTICLE, article.getId());
            return article.getId();
        });
        assertTrue(site.get("/articles").body().contains(slug), "the library shows the new article at once");
        assertEquals(200, site.get("/articles/" + slug).statusCode());
        var etag = site.get("/articles/" + slug).headers().firstValue("ETag").orElseThrow();
        assertTrue(site.get("/search?q=moxibustion").body().contains(slug), "search follows the publish");

        inTransaction(() -> {
            var article = entityManager.find(Article.class, id);
            article.retitle("Moxibustion Warms Cold Hands " + slug, slug);
            changes.record(ContentKind.ARTICLE, id);
            return null;
        });
        var edited = site.send(HttpRequest.newBuilder(site.uri("/articles/" + slug))
                .header("If-None-Match", etag)
                .build());
        assertEquals(200, edited.statusCode(), "the old copy is no longer current");
        assertTrue(edited.body().contains("Moxibustion Warms Cold Hands"));

        inTransaction(() -> {
            entityManager.find(Article.class, id).unpublish(Instant.now());
            changes.record(ContentKind.ARTICLE, id);
            return null;
        });
        assertEquals(404, site.get("/articles/" + slug).statusCode());
        assertFalse(site.get("/articles").body().contains(slug));
        assertFalse(site.get("/search?q=moxibustion").body().contains(slug), "unpublished articles are not found");
        assertFalse(site.get("/sitemap.xml").body().contains(slug));
    }

    @Test
    void anArticleAndAConditionMayBeNamedLikeThePagesThatShowThem() throws Exception {
        inTransaction(() -> {
            var article = new Article("Article", "article", "An article called Article.", "<p>Body.</p>", "Dr. Test");
            article.publish(Instant.now());
            entityManager.persist(article);
            var condition = new Condition("Condition", "condition", "A condition called Condition.");
            entityManager.persist(condition);
            entityManager.flush();
            changes.record(ContentKind.ARTICLE, article.getId());
            changes.record(ContentKind.CONDITION, condition.getId());
            return null;
        });
        var article = site.get("/articles/article");
        assertEquals(200, article.statusCode());
        assertEquals("Article", SiteClient.html(article).selectFirst("h1").text());
        var condition = site.get("/conditions/condition");
        assertEquals(200, condition.statusCode());
        assertTrue(SiteClient.html(condition).selectFirst("h1").text().contains("Condition"));
    }

    @Test
    void aConditionHubsLastModifiedInTheSitemapAndItsFeedFollowsItsArticles() throws Exception {
        var slug = "lastmod-test-" + UUID.randomUUID();
        long id = inTransaction(() -> {
            var condition = new Condition("Lastmod " + slug, slug, "A condition for the sitemap's dates.");
            entityManager.persist(condition);
            var article = new Article("About " + slug, slug, "About a condition.", "<p>Body.</p>", "Dr. Test");
            article.tag(condition);
            article.publish(Instant.parse("2026-01-02T03:04:05Z"));
            entityManager.persist(article);
            entityManager.flush();
            changes.record(ContentKind.CONDITION, condition.getId());
            changes.record(ContentKind.ARTICLE, article.getId());
            return article.getId();
        });
        var hub = "/conditions/" + slug;
        assertEquals("2026-01-02T03:04:05Z", SiteClient.sitemapLastModified(site.get("/sitemap.xml"), hub));
        assertEquals("2026-01-02T03:04:05Z", feedUpdated(hub + "/feed.xml"));

        inTransaction(() -> {
            entityManager.find(Article.class, id).unpublish(Instant.parse("2026-02-03T04:05:06Z"));
            changes.record(ContentKind.ARTICLE, id);
            return null;
        });
        assertEquals(
                "2026-02-03T04:05:06Z",
                SiteClient.sitemapLastModified(site.get("/sitemap.xml"), hub),
                "the hub changed when its article left it");
        assertEquals("2026-02-03T04:05:06Z", feedUpdated(hub + "/feed.xml"), "the feed changed when it lost its entry");
    }

    @Test
    void theFeedOfAConditionWithoutArticlesIsAsNewAsTheSite() throws Exception {
        var slug = "empty-feed-test-" + UUID.randomUUID();
        inTransaction(() -> {
            var condition = new Condition("Empty " + slug, slug, "A condition nothing was written about yet.");
            entityManager.persist(condition);
            entityManager.flush();
            changes.record(ContentKind.CONDITION, condition.getId());
            return null;
        });
        var feed = Jsoup.parse(site.get("/conditions/" + slug + "/feed.xml").body(), "", Parser.xmlParser());
        assertTrue(feed.select("entry").isEmpty());
        assertEquals(
                feedUpdated("/feed.xml"),
                feed.selectFirst("feed > updated").text(),
                "not the epoch: the site's latest change");
    }

    private String feedUpdated(String path) {
        var response = site.get(path);
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body(), "", Parser.xmlParser())
                .selectFirst("feed > updated")
                .text();
    }

    @Test
    void articlesHiddenFromSearchEnginesAreNoindexAndOutOfTheSitemap() throws Exception {
        var slug = "hidden-test-" + UUID.randomUUID();
        inTransaction(() -> {
            var article = new Article(
                    "Hidden from engines " + slug, slug, "Patients still read it.", "<p>Body.</p>", "Dr. Test");
            article.setHiddenFromSearchEngines(true);
            article.publish(Instant.now());
            entityManager.persist(article);
            entityManager.flush();
            changes.record(ContentKind.ARTICLE, article.getId());
            return null;
        });
        var page = SiteClient.html(site.get("/articles/" + slug));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertFalse(site.get("/sitemap.xml").body().contains(slug));
    }

    /**
     * A restore made through another instance reaches this one through the feed. Restored rows may hold ids this
     * instance took from a sequence in advance; it must drop them, or its next insert fails on a duplicate key.
     */
    @Test
    void aRestoreThroughAnotherInstanceMakesThisOneDropTheIdsItTookInAdvance() throws Exception {
        inTransaction(() -> {
            changes.record(ContentKind.CLINIC, 0);
            return null;
        });
        long last = inTransaction(() -> entityManager
                .createQuery("select max(c.id) from ContentChange c", Long.class)
                .getSingleResult());
        // What the restore does to this table: rows on every id this instance may hold (a block is 50 ids), and the
        // sequence moved on beyond them.
        inTransaction(() -> {
            for (long id = last + 1; id < last + ID_BLOCK; id++) {
                entityManager
                        .createNativeQuery("insert into content_change (id, kind, entity_id, origin, changed_at) "
                                + "values (" + id + ", 'CLINIC', 0, 'restored', current_timestamp)")
                        .executeUpdate();
            }
            return entityManager
                    .createNativeQuery("alter sequence content_change_seq restart with " + (last + 20 * ID_BLOCK))
                    .executeUpdate();
        });
        // What this instance's feed poller fires when it reads the restoring instance's change.
        contentChanged.fire(new ContentChanged(ContentKind.ALL, 0));

        inTransaction(() -> {
            changes.record(ContentKind.CLINIC, 0);
            return null;
        });
        long next = inTransaction(() -> entityManager
                .createQuery("select max(c.id) from ContentChange c", Long.class)
                .getSingleResult());
        assertTrue(next > last + ID_BLOCK, "the new row has an id from a fresh block: " + next);
    }

    private <T> T inTransaction(Callable<T> work) throws Exception {
        transaction.begin();
        try {
            var result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }
}
