package org.meridian.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The search index's setting; its key is written here once (see system/SiteSettings). */
@ApplicationScoped
public class SearchSettings {

    public static final String BUILD_BATCH = "meridian.search.build-batch";

    @Inject
    @ConfigProperty(name = BUILD_BATCH)
    private int buildBatch;

    /** Articles read from the database in one step of a build: the bodies of one step are in the heap at once. */
    public int buildBatch() {
        return buildBatch;
    }
}
