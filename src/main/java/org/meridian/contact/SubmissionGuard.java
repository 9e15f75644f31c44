package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps robots and floods out of the clinic's inbox without any third party: a minimum time between showing the form
 * and sending it, and a limit of requests per client address and hour. (The honeypot field and the link limit are
 * checked by the form itself.)
 */
@ApplicationScoped
public class SubmissionGuard {

    @Inject
    @ConfigProperty(name = "meridian.contact.min-seconds")
    int minSeconds;

    @Inject
    @ConfigProperty(name = "meridian.contact.rate-limit-per-hour")
    int perHour;

    private RateLimit rateLimit;

    @PostConstruct
    void init() {
        if (minSeconds < 0) {
            throw new IllegalStateException("meridian.contact.min-seconds must not be negative, but is " + minSeconds);
        }
        if (perHour < 1) {
            throw new IllegalStateException("meridian.contact.rate-limit-per-hour must be at least 1, but is "
                    + perHour);
        }
        rateLimit = new RateLimit(perHour);
    }

    public boolean allows(String clientAddress, Instant now) {
        return rateLimit.allows(clientAddress, now);
    }

    public void record(String clientAddress, Instant now) {
        rateLimit.record(clientAddress, now);
    }

    /** Whether the form came back sooner than a person fills it in. */
    public boolean isTooFast(FormTokens.FormToken token, Instant now) {
        return token.age(now).compareTo(Duration.ofSeconds(minSeconds)) < 0;
    }
}
