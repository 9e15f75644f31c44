package org.meridian.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The address a request came from, for sign-in throttling and the audit log. Behind a reverse proxy or load
 * balancer every request comes from the proxy, which would make all clients one; so when the direct peer is one of
 * {@code meridian.trusted-proxies}, the client is the last address in {@code X-Forwarded-For} that is not a trusted
 * proxy itself. Anyone else's {@code X-Forwarded-For} is ignored: a client could write anything there.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    private WebSettings settings;

    private Set<InetAddress> trustedProxies;

    @PostConstruct
    void parseProxies() {
        trustedProxies = new HashSet<>();
        Arrays.stream(settings.trustedProxies().split(","))
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .forEach(text -> trustedProxies.add(Networks.literal(text)
                        .orElseThrow(() -> new IllegalStateException(
                                WebSettings.TRUSTED_PROXIES + ": not an IP address: " + text))));
    }

    public String of(HttpServletRequest request) {
        var peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        var forwarded = request.getHeaders(FORWARDED_FOR);
        var hops = new ArrayList<String>();
        while (forwarded.hasMoreElements()) {
            for (var hop : forwarded.nextElement().split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            var hop = hops.get(i);
            if (Networks.literal(hop).isEmpty()) {
                break;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private boolean isTrusted(String address) {
        return Networks.literal(address).map(trustedProxies::contains).orElse(false);
    }
}
