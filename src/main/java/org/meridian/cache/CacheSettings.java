package org.meridian.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The page cache's settings; their keys are written here once (see system/SiteSettings). */
@ApplicationScoped
public class CacheSettings {

    public static final String MAX_MB = "meridian.page-cache.max-mb";
    /** Read by {@link PageCacheValve} as Payara installs it, outside CDI. */
    public static final String FRONT_VALVE = "meridian.page-cache.front-valve";

    @Inject
    @ConfigProperty(name = MAX_MB)
    private int maxMegabytes;

    /** Memory for rendered public pages kept ready to send. */
    public int maxMegabytes() {
        return maxMegabytes;
    }
}
