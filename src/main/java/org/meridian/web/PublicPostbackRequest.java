package org.meridian.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A form posted back to a public page (the contact form), with the one field PrimeFaces' CSP mode insists on. That
 * mode, on for the admin console, expects every postback to carry the nonce its script adds to forms, and fails
 * the page without one; public pages run no script, so their posts get a throwaway value here. It only ever marks
 * the page's JSON-LD block, which is data, and the public policy allows no script whatever its nonce.
 */
final class PublicPostbackRequest extends HttpServletRequestWrapper {

    static final String NONCE_FIELD = "primefaces.nonce";

    private final String nonce;

    PublicPostbackRequest(HttpServletRequest request) {
        super(request);
        // The form PrimeFaces checks a nonce against: a random UUID, Base64-encoded.
        this.nonce =
                Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
        return NONCE_FIELD.equals(name) ? nonce : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return NONCE_FIELD.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        var parameters = new HashMap<>(super.getParameterMap());
        parameters.put(NONCE_FIELD, new String[] {nonce});
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
