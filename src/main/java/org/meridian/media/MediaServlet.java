package org.meridian.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves media images at {@code /media/{id}-{width}.{ext}?v={revision}}. An address with the image's current
 * version never changes content, so browsers and proxies keep it for a year; without it (or with an old one, after a
 * replacement) they must ask again each time, and the ETag makes that cheap.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([1-9][0-9]{0,17})-([1-9][0-9]{0,4})\\.(jpg|png|webp)");

    @Inject
    private MediaService mediaService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo() == null ? "" : request.getPathInfo();
        var matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var found = mediaService.variant(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (found.isEmpty()
                || !found.get().getAsset().getFormat().getExtension().equals(matcher.group(3))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var variant = found.get();
        var etag = "\"" + variant.getSha256() + "\"";
        var current = String.valueOf(variant.getAsset().getRevision()).equals(request.getParameter("v"));
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Opened on its own, an image can run nothing.
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        // A filter set a character encoding; an image has none (it would say "image/png;charset=UTF-8").
        response.setCharacterEncoding((String) null);
        response.setContentType(variant.getContentType());
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        var bytes = variant.getBytes();
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && (ifNoneMatch.equals("*")
                        || Set.of(ifNoneMatch.split("\\s*,\\s*")).contains(etag));
    }
}
