package org.meridian.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CachedPageTest {

    private static final String[] SECURITY = {"X-Frame-Options", "DENY", "Content-Security-Policy", "script-src 'none'"
    };
    private static final byte[] BODY = "<!DOCTYPE html><p>Acupuncture</p>".getBytes(StandardCharsets.UTF_8);

    private final CachedPage page =
            CachedPage.of("text/html;charset=UTF-8", BODY, Instant.parse("2026-11-24T09:05:39.750Z"), SECURITY);

    @Test
    void everyHeaderOfAnAnswerIsPreparedPerEncoding() {
        var plain = asMap(page.plainHeaders());
        var gzip = asMap(page.gzipHeaders());
        for (var headers : new Map[] {plain, gzip}) {
            assertEquals("DENY", headers.get("X-Frame-Options"));
            assertEquals("script-src 'none'", headers.get("Content-Security-Policy"));
            assertEquals("text/html;charset=UTF-8", headers.get("Content-Type"));
            assertEquals("Accept-Encoding", headers.get("Vary"));
            assertEquals("no-cache", headers.get("Cache-Control"));
            assertEquals("Tue, 24 Nov 2026 09:05:39 GMT", headers.get("Last-Modified"));
        }
        assertEquals(page.etag(), plain.get("ETag"));
        assertEquals(page.gzipEtag(), gzip.get("ETag"));
    }

    @Test
    void theTwoEncodingsHaveTheirOwnStrongEtags() {
        assertNotEquals(page.etag(), page.gzipEtag());
        assertTrue(page.etag().matches("\"[A-Za-z0-9_-]{22}\""), page.etag());
        assertEquals(
                page.etag(),
                CachedPage.of("text/html", BODY, Instant.now(), SECURITY).etag());
    }

    @Test
    void gzipBodyUnpacksToThePage() throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(page.gzipBody()))) {
            assertArrayEquals(BODY, in.readAllBytes());
        }
    }

    @Test
    void gzipIsSentOnlyWhenTheClientAcceptsIt() {
        assertTrue(CachedPageResponder.acceptsGzip("gzip"));
        assertTrue(CachedPageResponder.acceptsGzip("deflate, GZIP;q=0.5, br"));
        assertFalse(CachedPageResponder.acceptsGzip(null));
        assertFalse(CachedPageResponder.acceptsGzip("br, deflate"));
        assertFalse(CachedPageResponder.acceptsGzip("gzip;q=0"));
        assertFalse(CachedPageResponder.acceptsGzip("gzip; q=0.0"));
    }

    private static Map<String, String> asMap(String[] pairs) {
        assertEquals(0, pairs.length % 2, "name/value pairs");
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            assertFalse(map.containsKey(pairs[i]), "sent twice: " + pairs[i]);
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void onlyPlainPublicPathsAreCacheable() {
        for (var path : new String[] {
            "/",
            "/articles",
            "/articles/back-pain-relief",
            "/conditions/sciatica/",
            "/conditions/sciatica/feed.xml",
            "/search",
            "/feed.xml",
            "/sitemap.xml",
            "/robots.txt"
        }) {
            assertTrue(CachedPageResponder.isCacheablePath(path), path);
        }
        for (var path : new String[] {
            "/admin",
            "/admin/users",
            "/contact",
            "/login",
            "/static/site.css",
            "/articles/../admin/users",
            "/articles/./x",
            "/articles/%2e%2e/admin",
            "/articles;x=1",
            "/articles//x",
            "/articles/.hidden",
            "//articles",
            "/articlesx",
            "/articles\\..\\admin",
            ""
        }) {
            assertFalse(CachedPageResponder.isCacheablePath(path), path);
        }
    }
}
