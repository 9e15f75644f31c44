package org.meridian.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Versioned URLs for the site's own static files ({@code /static/site.css?v=1a2b3c4d}): the version is a hash of the
 * file, so browsers may keep a copy for a year and still get the new one the moment it changes.
 */
@Named("assets")
@ApplicationScoped
public class StaticAssets {

    static final String STYLESHEET = "/static/site.css";

    private String stylesheetVersion;

    void hash(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        try (var in = context.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is missing from the WAR");
            }
            var digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            stylesheetVersion = HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getStylesheet() {
        return STYLESHEET + "?v=" + stylesheetVersion;
    }
}
