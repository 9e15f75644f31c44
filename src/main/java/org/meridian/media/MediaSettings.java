package org.meridian.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The media library's setting; its key is written here once (see system/SiteSettings). */
@ApplicationScoped
public class MediaSettings {

    public static final String MAX_KB = "meridian.media.max-kb";

    @Inject
    @ConfigProperty(name = MAX_KB)
    private long maxKilobytes;

    /** The largest image accepted, uploaded or imported. */
    public long maxKilobytes() {
        return maxKilobytes;
    }
}
