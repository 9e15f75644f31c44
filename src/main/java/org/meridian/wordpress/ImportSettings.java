package org.meridian.wordpress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The WordPress import's settings; their keys are written here once (see system/SiteSettings). */
@ApplicationScoped
public class ImportSettings {

    public static final String MAX_MB = "meridian.import.max-mb";
    public static final String UPLOADS_MAX_MB = "meridian.import.uploads-max-mb";

    @Inject
    @ConfigProperty(name = MAX_MB)
    private long maxMegabytes;

    @Inject
    @ConfigProperty(name = UPLOADS_MAX_MB)
    private long uploadsMaxMegabytes;

    /** The largest export file read. */
    public long maxMegabytes() {
        return maxMegabytes;
    }

    /** The most the zip of wp-content/uploads may unpack to. */
    public long uploadsMaxMegabytes() {
        return uploadsMaxMegabytes;
    }
}
