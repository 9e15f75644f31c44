package org.meridian.seo;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import org.meridian.system.SiteSettings;

/**
 * Absolute addresses of the site's pages, from {@code meridian.base-url} ({@code MERIDIAN_BASE_URL}): canonical
 * links, the sitemap, feeds and structured data must name the public address, not the one a request came in on.
 */
@Named("site")
@ApplicationScoped
public class SiteUrls {

    @Inject
    private SiteSettings site;

    private String baseUrl;

    @PostConstruct
    void validate() {
        baseUrl = normalise(site.baseUrl());
    }

    public static String normalise(String url) {
        try {
            var uri = new URI(url.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new IllegalArgumentException(
                        SiteSettings.BASE_URL + " must be an http(s) address without query: " + url);
            }
            var text = uri.toString();
            return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(SiteSettings.BASE_URL + " is not a valid address: " + url, e);
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /** @param path a site path starting with "/", with its query string if it has one */
    public String absolute(String path) {
        return baseUrl + path;
    }
}
