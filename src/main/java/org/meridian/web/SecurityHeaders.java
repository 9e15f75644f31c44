package org.meridian.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser protections every response carries, worked out once at start: the public pages' set (a policy that
 * allows no script at all) and the admin console's (its PrimeFaces pages get a nonce-based policy from PrimeFaces'
 * own CSP support instead). Kept as name/value pairs so the page cache can send them with nothing built per request.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String PUBLIC_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";

    @Inject
    private WebSettings settings;

    private String[] publicPages;
    private String[] console;

    @PostConstruct
    void prepare() {
        console = common();
        var withPolicy = new ArrayList<>(List.of(console));
        withPolicy.add("Content-Security-Policy");
        withPolicy.add(PUBLIC_POLICY);
        publicPages = withPolicy.toArray(String[]::new);
    }

    private String[] common() {
        var headers = new ArrayList<>(List.of(
                "X-Content-Type-Options", "nosniff",
                "X-Frame-Options", "DENY",
                "Referrer-Policy", "strict-origin-when-cross-origin",
                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
                "Cross-Origin-Opener-Policy", "same-origin"));
        if (settings.https()) {
            headers.add("Strict-Transport-Security");
            headers.add("max-age=31536000; includeSubDomains");
        }
        return headers.toArray(String[]::new);
    }

    /** Name/value pairs for a public page; callers must not change the array. */
    public String[] forPublicPages() {
        return publicPages;
    }

    /** Name/value pairs for the admin console and its sign-in page; callers must not change the array. */
    public String[] forConsole() {
        return console;
    }

    /** Sets each pair of {@code headers} (name, value, name, value ...) on the response. */
    public static void set(String[] headers, HttpServletResponse response) {
        for (int i = 0; i < headers.length; i += 2) {
            response.setHeader(headers[i], headers[i + 1]);
        }
    }
}
