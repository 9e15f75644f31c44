package org.meridian.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings that several features read: the clinic's time zone and the site's public address. Like every feature's
 * settings class it holds its keys, written nowhere else: the code reads the typed values from here, and
 * site/ConfigurationCheck checks the keys before anything reads them. Defaults are in
 * {@code META-INF/microprofile-config.properties}; environment variables override them ({@link #environmentVariable}).
 */
@ApplicationScoped
public class SiteSettings {

    public static final String TIME_ZONE = "meridian.time-zone";
    public static final String BASE_URL = "meridian.base-url";

    @Inject
    @ConfigProperty(name = TIME_ZONE)
    private ZoneId timeZone;

    @Inject
    @ConfigProperty(name = BASE_URL)
    private String baseUrl;

    /** The clinic's: dates on pages and scheduled publishing follow it. */
    public ZoneId timeZone() {
        return timeZone;
    }

    /** The public address as the operator wrote it; seo/SiteUrls normalises it. */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The environment variable that sets {@code key}, by MicroProfile Config's rule: {@code meridian.db.url} is
     * {@code MERIDIAN_DB_URL}. Operators know the settings by these names.
     */
    public static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
