package org.meridian.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** The picture at the top of an article. Never without alt text: a screen reader user gets the same article. */
@Embeddable
public class HeroImage {

    public static final int URL_LENGTH = 500;
    public static final int ALT_LENGTH = 300;

    @Size(max = URL_LENGTH)
    @Column(name = "hero_image_url", length = URL_LENGTH)
    private String url;

    @Size(max = ALT_LENGTH)
    @Column(name = "hero_image_alt", length = ALT_LENGTH)
    private String alt;

    protected HeroImage() {
    }

    public HeroImage(String url, String alt) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A hero image needs an address");
        }
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("A hero image needs alt text");
        }
        this.url = url.strip();
        this.alt = alt.strip();
    }

    public String getUrl() {
        return url;
    }

    public String getAlt() {
        return alt;
    }
}
