package org.meridian.cache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.meridian.web.SecurityHeaders;

/**
 * Fills the page cache: a public page that is not in it yet is rendered through the rest of the filter chain and
 * Faces, stored (and gzip-compressed once) and sent. Later requests for it are answered by {@link PageCacheValve}
 * before they reach any filter; this filter answers them itself only where that valve is not installed.
 * <p>
 * First in web.xml, so even then a hit costs little: every header it sends was put together when the page was
 * stored ({@link CachedPage}), and hits are counted by {@link PageCache} rather than timed by the request metrics,
 * which only see the requests that reach the application.
 */
public class PublicPageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageCache cache;

    @Inject
    private CachedPageResponder responder;

    @Inject
    private SecurityHeaders securityHeaders;

    private final transient Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!CachedPageResponder.isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (responder.answer(request, response)) {
            return;
        }
        var generation = cache.beginRendering();
        var capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        if (capture.passedThrough()) {
            return;
        }
        var body = capture.body();
        if (capture.status() == HttpServletResponse.SC_OK
                && !capture.containsHeader("Set-Cookie")
                && capture.getContentType() != null) {
            var page = CachedPage.of(capture.getContentType(), body, clock.instant(), securityHeaders.forPublicPages());
            cache.store(CachedPageResponder.key(request), page, generation);
            CachedPageResponder.send(page, request, response);
        } else {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
