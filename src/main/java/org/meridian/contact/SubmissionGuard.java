package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    /**
     * Comma-separated addresses of our own reverse proxies or load balancers, whose X-Forwarded-For header is
     * believed. (A String: Payara's config producer fails on {@code Optional<List<String>>}.)
     */
    @Inject
    @ConfigProperty(name = "meridian.contact.trusted-proxies")
    Optional<String> trustedProxiesSetting;

    private List<String> trustedProxies;
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
        trustedProxies = Arrays.stream(trustedProxiesSetting.orElse("").split(","))
                .map(String::strip)
                .filter(address -> !address.isEmpty())
                .toList();
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

    /**
     * The address of the client: the connection's peer, or, when that peer is one of our trusted proxies, the
     * nearest address in X-Forwarded-For that is not (addresses further left are the client's to invent).
     */
    public String clientAddress(HttpServletRequest request) {
        var proxies = trustedProxies;
        var address = request.getRemoteAddr();
        var forwarded = request.getHeader("X-Forwarded-For");
        if (!proxies.contains(address) || forwarded == null) {
            return address;
        }
        var hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!proxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return address;
    }
}
