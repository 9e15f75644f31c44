package org.meridian.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the admin console and its sign-in page to the networks in {@code meridian.admin.allowed-networks} (the
 * clinic's office, a VPN), and {@code /metrics} to those in {@code meridian.metrics.allowed-networks} (the monitoring
 * host): from anywhere else they answer 404, as if they did not exist, so they cannot even be tried. Without a
 * setting they are open to all (the console behind its sign-in). {@code /health} stays open: load balancers probe it,
 * and it tells no more than up or down. The client's address is the one {@link ClientAddress} finds, so a load
 * balancer listed in {@code meridian.trusted-proxies} passes the real one on.
 */
public class NetworkRestrictionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Read as one string: Payara 6's config producer fails on {@code Optional<List<String>>}. */
    @Inject
    @ConfigProperty(name = "meridian.admin.allowed-networks")
    private Optional<String> adminNetworks;

    @Inject
    @ConfigProperty(name = "meridian.metrics.allowed-networks")
    private Optional<String> metricsNetworks;

    @Inject
    private ClientAddress clientAddress;

    /** Null when the setting cannot be read. */
    private transient Networks console;

    private transient Networks metrics;

    @Override
    public void init() {
        console = networks(adminNetworks);
        metrics = networks(metricsNetworks);
    }

    private static Networks networks(Optional<String> setting) {
        try {
            return Networks.parse(setting.orElse(""));
        } catch (IllegalArgumentException refused) {
            // ConfigurationCheck stops the start with a line naming the setting; until then nobody is let in.
            return null;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var allowed = path.startsWith("/metrics") ? metrics : console;
        if (allowed != null && (allowed.isEmpty() || allowed.contains(clientAddress.of(request)))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
