package org.meridian.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;
import org.meridian.content.ContentChanged;

/**
 * Rendered public pages by URL, bounded in memory. Any content change empties it: one article shows on the home
 * page, the library, its conditions' hubs, related articles, feeds and the sitemap, so working out which pages it
 * touched would cost more than rendering them again.
 */
@ApplicationScoped
public class PageCache {

    @Inject
    private CacheSettings settings;

    private Cache<String, CachedPage> pages;

    /** Bumped by every invalidation, so a page rendered from content older than the change is not stored. */
    private final AtomicLong generation = new AtomicLong();

    private final LongAdder hits = new LongAdder();
    private final LongAdder hitsInFront = new LongAdder();
    private final LongAdder misses = new LongAdder();

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxMegabytes() * 1024L * 1024L)
                .weigher((String key, CachedPage page) -> page.weight())
                .build();
    }

    /** The stored page, counted as a hit. */
    public Optional<CachedPage> find(String key) {
        var page = pages.getIfPresent(key);
        if (page != null) {
            hits.increment();
        }
        return Optional.ofNullable(page);
    }

    /** Counts a page about to be rendered for the cache; returns the generation to pass to {@link #store}. */
    public long beginRendering() {
        misses.increment();
        return generation.get();
    }

    /** Counts a hit that {@link PageCacheValve} answered, before Payara's security checks and the filters. */
    public void countHitInFront() {
        hitsInFront.increment();
    }

    /** Keeps the page unless content changed since {@code renderedInGeneration} began. */
    public void store(String key, CachedPage page, long renderedInGeneration) {
        if (generation.get() == renderedInGeneration) {
            pages.put(key, page);
            if (generation.get() != renderedInGeneration) {
                pages.invalidate(key);
            }
        }
    }

    /**
     * Creates the cache when the application starts rather than on the first request, which may come through
     * {@link PageCacheValve}, where Payara cannot yet register this bean's gauges.
     */
    void createAtStart(@Observes @Initialized(ApplicationScoped.class) ServletContext started) {
        // observing is enough: the container creates the bean to deliver the event
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        invalidateAll();
    }

    @Gauge(
            name = "meridian.page-cache.hits",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "Pages answered from memory")
    public long hits() {
        return hits.sum();
    }

    @Gauge(
            name = "meridian.page-cache.hits-in-front",
            absolute = true,
            unit = MetricUnits.NONE,
            description =
                    "Pages answered from memory before Payara's authentication (all hits, unless the valve is missing)")
    public long hitsInFront() {
        return hitsInFront.sum();
    }

    @Gauge(
            name = "meridian.page-cache.misses",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "Pages rendered for the cache")
    public long misses() {
        return misses.sum();
    }

    @Gauge(
            name = "meridian.page-cache.pages",
            absolute = true,
            unit = MetricUnits.NONE,
            description = "Pages in memory now")
    public long size() {
        return pages.estimatedSize();
    }
}
