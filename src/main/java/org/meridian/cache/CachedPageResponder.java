package org.meridian.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridian.web.SecurityHeaders;

/**
 * Answers a request for a public page with the copy in the {@link PageCache}: which requests may be answered from
 * it, under which key, and how a stored page is sent (plain or gzip, or 304 when the client's copy is current).
 * Used by {@link PageCacheValve} in front of Payara's pipeline and by {@link PublicPageCacheFilter}, which also
 * renders and stores the pages that are not there yet.
 */
@ApplicationScoped
public class CachedPageResponder {

    /** Paths (and their sub-paths) whose GET answers depend only on published content. */
    private static final Set<String> CACHEABLE_ROOTS =
            Set.of("/articles", "/conditions", "/search", "/feed.xml", "/sitemap.xml", "/robots.txt");

    /** Segments of letters, digits, {@code -_.~}, none starting with a dot; a trailing slash allowed. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+/?");

    private static final Pattern ZERO_QUALITY = Pattern.compile("q=0(\\.0*)?");

    /** The servlet context attribute under which {@link PageCacheValve}, which is not a bean, finds this one. */
    static final String ATTRIBUTE = CachedPageResponder.class.getName();

    @Inject
    private PageCache cache;

    void publishForTheValve(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    /** Sends the stored copy of the page and returns true, or returns false having sent nothing. */
    public boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, false);
    }

    /** As {@link #answer}, for {@link PageCacheValve}, whose hits are counted apart. */
    public boolean answerInFront(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, true);
    }

    private boolean answer(HttpServletRequest request, HttpServletResponse response, boolean inFront)
            throws IOException {
        if (!isCacheable(request)) {
            return false;
        }
        var cached = cache.find(key(request));
        if (cached.isEmpty()) {
            return false;
        }
        // Counted before sending: a client may read the gauges as soon as it has the page.
        if (inFront) {
            cache.countHitInFront();
        }
        send(cached.get(), request, response);
        return true;
    }

    /** Only anonymous GETs of the public, session-free pages; the admin console, forms and errors never. */
    static boolean isCacheable(HttpServletRequest request) {
        var method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && isCacheablePath(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    /**
     * Whether a path, as the client sent it, is one of the cacheable pages. Only plain paths qualify: no {@code .}
     * or {@code ..} segment, escape, path parameter or empty segment, because the key is the path as sent while
     * Payara serves (and checks the security constraints of) the normalised one: {@code /articles/../admin/users}
     * must never be stored for the console page an administrator was shown, and then sent to anyone.
     */
    static boolean isCacheablePath(String path) {
        if (path.equals("/")) {
            return true;
        }
        if (!PLAIN_PATH.matcher(path).matches()) {
            return false;
        }
        var secondSlash = path.indexOf('/', 1);
        return CACHEABLE_ROOTS.contains(secondSlash < 0 ? path : path.substring(0, secondSlash));
    }

    static String key(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    /**
     * Sends the page with its prepared headers. After a miss the response already carries some of them (set by the
     * filters the page was rendered through), so they are set, not added, and never appear twice.
     */
    static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
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
            return ifNoneMatch.equals("*")
                    || Set.of(ifNoneMatch.split("\\s*,\\s*")).stream()
                            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                            .anyMatch(etag::equals);
        }
        try {
            var ifModifiedSince = request.getDateHeader("If-Modified-Since");
            return ifModifiedSince >= 0
                    && ifModifiedSince >= page.lastModified().toEpochMilli();
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
                return parts.length == 1
                        || !ZERO_QUALITY
                                .matcher(parts[1].trim().replace(" ", ""))
                                .matches();
            }
        }
        return false;
    }
}
