package org.meridian.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The contact form's settings: how long requests are kept and how robots and floods are kept out. Their keys are
 * written here once (see system/SiteSettings); the notification mail's are in {@link MailSettings}.
 */
@ApplicationScoped
public class ContactSettings {

    public static final String RETENTION_DAYS = "meridian.contact.retention-days";
    public static final String PURGE_INTERVAL_SECONDS = "meridian.contact.purge-interval-seconds";
    public static final String MIN_SECONDS = "meridian.contact.min-seconds";
    public static final String RATE_LIMIT_PER_HOUR = "meridian.contact.rate-limit-per-hour";
    /** No default: without it a key is made at each start. */
    public static final String TOKEN_KEY = "meridian.contact.token-key";

    @Inject
    @ConfigProperty(name = RETENTION_DAYS)
    private int retentionDays;

    @Inject
    @ConfigProperty(name = PURGE_INTERVAL_SECONDS)
    private long purgeIntervalSeconds;

    @Inject
    @ConfigProperty(name = MIN_SECONDS)
    private int minSeconds;

    @Inject
    @ConfigProperty(name = RATE_LIMIT_PER_HOUR)
    private int rateLimitPerHour;

    @Inject
    @ConfigProperty(name = TOKEN_KEY)
    private Optional<String> tokenKey;

    /** Days a request is kept before it is deleted automatically. */
    public int retentionDays() {
        return retentionDays;
    }

    /** How often expired requests are looked for. */
    public long purgeIntervalSeconds() {
        return purgeIntervalSeconds;
    }

    /** A form sent back sooner than this after it was shown is taken for a robot. */
    public int minSeconds() {
        return minSeconds;
    }

    /** Requests one client address may send per hour. */
    public int rateLimitPerHour() {
        return rateLimitPerHour;
    }

    /** The secret that signs form tokens, the same on every instance; empty when not set. */
    public Optional<String> tokenKey() {
        return tokenKey.filter(key -> !key.isBlank());
    }
}
