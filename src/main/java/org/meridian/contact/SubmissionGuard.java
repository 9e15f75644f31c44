package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.system.AttemptLog;

/**
 * Keeps robots and floods out of the clinic's inbox without any third party: a minimum time between showing the form
 * and sending it, and a limit of requests per client address and hour, counted in the database by every instance
 * together ({@link AttemptLog}). ({@link ContactSubmissions} checks the honeypot field; the link limit is a rule of
 * {@link ContactForm}.)
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final String KIND = "contact";

    @Inject
    @ConfigProperty(name = "meridian.contact.min-seconds")
    int minSeconds;

    @Inject
    @ConfigProperty(name = "meridian.contact.rate-limit-per-hour")
    int perHour;

    @Inject
    AttemptLog attempts;

    @PostConstruct
    void init() {
        if (minSeconds < 0) {
            throw new IllegalStateException("meridian.contact.min-seconds must not be negative, but is " + minSeconds);
        }
        if (perHour < 1) {
            throw new IllegalStateException(
                    "meridian.contact.rate-limit-per-hour must be at least 1, but is " + perHour);
        }
    }

    /** Whether the address may send one more request now. */
    public boolean allows(String clientAddress, Instant now) {
        return attempts.since(KIND, attempts.subject("address", clientAddress), now.minus(WINDOW))
                        .size()
                < perHour;
    }

    /** Counts one request from the address. */
    public void record(String clientAddress, Instant now) {
        attempts.record(KIND, attempts.subject("address", clientAddress), now, WINDOW);
    }

    /** Whether the form came back sooner than a person fills it in. */
    public boolean isTooFast(FormTokens.FormToken token, Instant now) {
        return token.age(now).compareTo(Duration.ofSeconds(minSeconds)) < 0;
    }
}
