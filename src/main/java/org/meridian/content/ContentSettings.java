package org.meridian.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The content change feed's setting; its key is written here once (see system/SiteSettings). */
@ApplicationScoped
public class ContentSettings {

    public static final String POLL_MILLIS = "meridian.content.poll-millis";

    @Inject
    @ConfigProperty(name = POLL_MILLIS)
    private long pollMillis;

    /** How often this instance looks for content changed through another instance. */
    public long pollMillis() {
        return pollMillis;
    }
}
