package org.meridian.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridian.security.SecurityHeaders;

/**
 * Answers public pages from memory: the first request renders a page through the rest of the filter chain and
 * Faces, later ones get the stored bytes (gzip-compressed once when the client accepts it) or a 304 when their copy
 * is still current. Only anonymous GETs of the public, session-free pages are cached; the admin console, forms and
 * errors never are.
 * <p>
 * First in web.xml, so a hit costs as little as a static file: every header it sends was put together when the page
 * was stored ({@link CachedPage}), and hits are counted by {@link PageCache} rather than timed by the request
 * metrics, which only see the requests that reach the application.
 */
public class PublicPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Paths (and their sub-paths) whose GET answers depend only on published content. */
    private static final Set<String> CACHEABLE_ROOTS = Set.of("/articles", "/conditions", "/search", "/feed.xml",
            "/sitemap.xml", "/robots.txt");

    private static final Pattern ZERO_QUALITY = Pattern.compile("q=0(\\.0*)?");

    @Inject
    private PageCache cache;

    @Inject
    private SecurityHeaders securityHeaders;

    private final transient Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        var key = key(request);
        var cached = cache.find(key);
        if (cached.isPresent()) {
            send(cached.get(), request, response);
            return;
        }
        var generation = cache.generation();
        var capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            return;
        }
        var body = capture.body();
        if (capture.status() == HttpServletResponse.SC_OK && !capture.containsHeader("Set-Cookie")
                && capture.getContentType() != null) {
            var page = CachedPage.of(capture.getContentType(), body, clock.instant(), securityHeaders.forPublicPages());
            cache.store(key, page, generation);
            send(page, request, response);
        } else {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    static boolean isCacheable(HttpServletRequest request) {
        var method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            return true;
        }
        var secondSlash = path.indexOf('/', 1);
        return CACHEABLE_ROOTS.contains(secondSlash < 0 ? path : path.substring(0, secondSlash));
    }

    private static String key(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /**
     * Sends the page with its prepared headers. After a miss the response already carries some of them (set by the
     * filters the page was rendered through), so they are set, not added, and never appear twice.
     */
    private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        SecurityHeaders.set(gzip ? page.gzipHeaders() : page.plainHeaders(), response);
        if (notModified(request, gzip ? page.gzipEtag() : page.etag(), page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var body = gzip ? page.gzipBody() : page.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static boolean notModified(HttpServletRequest request, String etag, CachedPage page) {
        var ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || Set.of(ifNoneMatch.split("\\s*,\\s*")).stream()
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(etag::equals);
        }
        try {
            var ifModifiedSince = request.getDateHeader("If-Modified-Since");
            return ifModifiedSince >= 0 && ifModifiedSince >= page.lastModified().toEpochMilli();
        } catch (IllegalArgumentException malformedDate) {
            return false;
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (var coding : acceptEncoding.split(",")) {
            var parts = coding.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase("gzip")) {
                return parts.length == 1 || !ZERO_QUALITY.matcher(parts[1].trim().replace(" ", "")).matches();
            }
        }
        return false;
    }
}
