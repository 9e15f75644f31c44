package org.meridian.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the HTTP hardening: HTTPS, the largest request, the trusted proxies and the networks allowed into the
 * console and the metrics. Its keys are written here once (see system/SiteSettings).
 */
@ApplicationScoped
public class WebSettings {

    public static final String HTTPS = "meridian.https";
    public static final String REQUEST_MAX_KB = "meridian.request.max-kb";
    public static final String TRUSTED_PROXIES = "meridian.trusted-proxies";
    public static final String ADMIN_ALLOWED_NETWORKS = "meridian.admin.allowed-networks";
    public static final String METRICS_ALLOWED_NETWORKS = "meridian.metrics.allowed-networks";

    @Inject
    @ConfigProperty(name = HTTPS)
    private boolean https;

    @Inject
    @ConfigProperty(name = REQUEST_MAX_KB)
    private long requestMaxKilobytes;

    // The lists are read as one string each: Payara 6's config producer fails on Optional<List<String>>.
    @Inject
    @ConfigProperty(name = TRUSTED_PROXIES)
    private Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = ADMIN_ALLOWED_NETWORKS)
    private Optional<String> adminNetworks;

    @Inject
    @ConfigProperty(name = METRICS_ALLOWED_NETWORKS)
    private Optional<String> metricsNetworks;

    /** Served over HTTPS, directly or behind a TLS proxy: cookies get Secure and browsers get HSTS. */
    public boolean https() {
        return https;
    }

    /** The largest request body accepted; larger ones get 413. */
    public long requestMaxKilobytes() {
        return requestMaxKilobytes;
    }

    /** Comma-separated IP addresses of the proxies in front of the site; empty when clients connect directly. */
    public String trustedProxies() {
        return trustedProxies.orElse("");
    }

    /** Networks that may reach the console and sign-in, as {@link Networks#parse} reads them; empty for all. */
    public String adminNetworks() {
        return adminNetworks.orElse("");
    }

    /** Networks that may reach /metrics, as {@link Networks#parse} reads them; empty for all. */
    public String metricsNetworks() {
        return metricsNetworks.orElse("");
    }
}
