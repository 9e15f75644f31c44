package org.meridian.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A public page's response whose Content-Security-Policy (set before, from {@link SecurityHeaders}) nothing downstream
 * can change. PrimeFaces' CSP support is
 * switched on for the whole application and would add its own, script-allowing policy to every Faces page it
 * renders; public pages must keep exactly one policy, the script-free one.
 */
final class PublicPolicyResponse extends HttpServletResponseWrapper {

    private static final String POLICY = "Content-Security-Policy";

    PublicPolicyResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!POLICY.equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!POLICY.equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }
}
