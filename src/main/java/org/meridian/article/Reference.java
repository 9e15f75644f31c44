package org.meridian.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** A source an article cites: a title and where to read it (a web address or a DOI). */
@Embeddable
public class Reference implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_LENGTH = 400;
    public static final int URL_LENGTH = 1000;
    private static final String DOI_RESOLVER = "https://doi.org/";

    @NotBlank
    @Size(max = TITLE_LENGTH)
    @Column(name = "title", nullable = false, length = TITLE_LENGTH)
    private String title;

    @NotBlank
    @Size(max = URL_LENGTH)
    @Column(name = "url", nullable = false, length = URL_LENGTH)
    private String url;

    protected Reference() {}

    /**
     * @param location an {@code http(s)} address, or a DOI such as {@code 10.1001/jamainternmed.2018.3384}
     *                 (with or without a {@code doi:} prefix), stored as its {@code https://doi.org/} address
     */
    public Reference(String title, String location) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A reference needs a title");
        }
        this.title = title.strip();
        this.url = normalise(location);
    }

    static String normalise(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("A reference needs a web address or a DOI");
        }
        var trimmed = location.strip();
        var lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("doi:")) {
            trimmed = trimmed.substring(4).strip();
            lower = trimmed.toLowerCase(Locale.ROOT);
        }
        if (lower.startsWith("10.") && trimmed.contains("/")) {
            return DOI_RESOLVER + trimmed;
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return trimmed;
        }
        throw new IllegalArgumentException("Not a web address or DOI: " + location);
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reference that && title.equals(that.title) && url.equals(that.url);
    }

    @Override
    public int hashCode() {
        return 31 * title.hashCode() + url.hashCode();
    }
}
