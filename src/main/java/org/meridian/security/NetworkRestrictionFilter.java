package org.meridian.security;

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
 * clinic's office, a VPN): from anywhere else they answer 404, as if they did not exist, so they cannot even be
 * tried. Without the setting they are open to all, behind the sign-in. The client's address is the one
 * {@link ClientAddress} finds, so a load balancer listed in {@code meridian.trusted-proxies} passes the real one on.
 */
public class NetworkRestrictionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Read as one string: Payara 6's config producer fails on {@code Optional<List<String>>}. */
    @Inject
    @ConfigProperty(name = "meridian.admin.allowed-networks")
    private Optional<String> adminNetworks;

    @Inject
    private ClientAddress clientAddress;

    private transient Networks allowed;

    @Override
    public void init() {
        allowed = Networks.parse(adminNetworks.orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed.isEmpty() || allowed.contains(clientAddress.of(request))) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
