package org.meridian.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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

    @Inject
    private WebSettings settings;

    @Inject
    private ClientAddress clientAddress;

    /** Null when the setting cannot be read. */
    private transient Networks console;

    private transient Networks metrics;

    @Override
    public void init() {
        console = networks(settings.adminNetworks());
        metrics = networks(settings.metricsNetworks());
    }

    private static Networks networks(String setting) {
        try {
            return Networks.parse(setting);
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
