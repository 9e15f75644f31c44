package org.meridian.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public page kept in memory, plain and gzip-compressed once, with the validators browsers send back:
 * an ETag per encoding (the bodies differ, so their tags must too) and the time it was rendered. Every header an
 * answer carries (the site's security headers, content type, validators, caching) is put together once here, as
 * name/value pairs per encoding, so a cache hit builds and formats nothing.
 */
public record CachedPage(
        byte[] body,
        byte[] gzipBody,
        String etag,
        String gzipEtag,
        Instant lastModified,
        String[] plainHeaders,
        String[] gzipHeaders) {

    public static CachedPage of(String contentType, byte[] body, Instant renderedAt, String[] securityHeaders) {
        var hash = hash(body);
        var etag = "\"" + hash + "\"";
        var gzipEtag = "\"" + hash + "-gz\"";
        var lastModified = renderedAt.truncatedTo(ChronoUnit.SECONDS);
        var lastModifiedHeader = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC));
        return new CachedPage(
                body,
                gzip(body),
                etag,
                gzipEtag,
                lastModified,
                headers(securityHeaders, contentType, etag, lastModifiedHeader),
                headers(securityHeaders, contentType, gzipEtag, lastModifiedHeader));
    }

    private static String[] headers(String[] securityHeaders, String contentType, String etag, String lastModified) {
        var headers = Arrays.copyOf(securityHeaders, securityHeaders.length + 10);
        var i = securityHeaders.length;
        for (var header : new String[] {
            "Content-Type",
            contentType,
            "Vary",
            "Accept-Encoding",
            "ETag",
            etag,
            "Last-Modified",
            lastModified,
            // Browsers may keep a copy but must ask whether it is current: a 304 costs almost nothing.
            "Cache-Control",
            "no-cache"
        }) {
            headers[i++] = header;
        }
        return headers;
    }

    /** Memory the page takes in the cache, in bytes (roughly). */
    public int weight() {
        return body.length + gzipBody.length + 1000;
    }

    private static String hash(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
