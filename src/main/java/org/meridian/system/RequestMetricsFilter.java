package org.meridian.system;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Counts requests and times them for {@code /metrics}, by area (public pages, admin console, static files) and
 * outcome class (2xx, 3xx, 4xx, 5xx), so ops see traffic, latency and errors without reading logs.
 */
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private MetricRegistry registry;

    /** The registry's timers by area and status, looked up once: this runs on every request. */
    private final transient Map<String, Timer> timers = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            timer(area(request), response.getStatus() / 100 + "xx")
                    .update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private Timer timer(String area, String status) {
        return timers.computeIfAbsent(
                area + status,
                key -> registry.timer("meridian.requests", new Tag("area", area), new Tag("status", status)));
    }

    static String area(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin") || path.startsWith("/login")) {
            return "admin";
        }
        if (path.startsWith("/static/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/media/")) {
            return "static";
        }
        return "public";
    }
}
