package org.meridian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Fetches pages of a running site the way a browser without cookies would, and parses their HTML. */
public final class SiteClient {

    private static final Duration READY_LIMIT = Duration.ofMinutes(2);

    private final URI base;
    // HTTP/1.1 as browsers and proxies speak to the site over plain http (the JDK's default tries an h2c upgrade).
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public SiteClient(URL base) {
        this(URI.create(base.toString()));
    }

    public SiteClient(URI base) {
        var text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Waits until the site says it is ready (database, migrations, search index), as a load balancer would. */
    public void awaitReady() {
        var deadline = Instant.now().plus(READY_LIMIT);
        while (!isReady(get("/health/ready"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Not ready within " + READY_LIMIT);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A readiness answer that is UP and includes Meridian's own check (a failed deployment has none). */
    public static boolean isReady(HttpResponse<String> readiness) {
        return readiness.statusCode() == 200
                && readiness.body().contains("\"status\":\"UP\"")
                && readiness.body().contains("\"name\":\"meridian\"");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** The lastmod the sitemap gives the page at {@code path}, empty when it gives none; fails if the page is missing. */
    public static String sitemapLastModified(HttpResponse<String> sitemap, String path) {
        for (var url : Jsoup.parse(sitemap.body(), "", Parser.xmlParser()).select("url")) {
            if (URI.create(url.selectFirst("loc").text()).getPath().equals(path)) {
                var lastModified = url.selectFirst("lastmod");
                return lastModified == null ? "" : lastModified.text();
            }
        }
        throw new AssertionError(path + " is not in the sitemap");
    }
}
