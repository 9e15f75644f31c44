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
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public page kept in memory, plain and gzip-compressed once, with the validators browsers send back:
 * an ETag per encoding (the bodies differ, so their tags must too) and the time it was rendered. Header values are
 * formatted once here, not on every request that sends them.
 */
public record CachedPage(String contentType, byte[] body, byte[] gzipBody, String etag, String gzipEtag,
                         Instant lastModified, String lastModifiedHeader) {

    public static CachedPage of(String contentType, byte[] body, Instant renderedAt) {
        var hash = hash(body);
        var lastModified = renderedAt.truncatedTo(ChronoUnit.SECONDS);
        return new CachedPage(contentType, body, gzip(body), "\"" + hash + "\"", "\"" + hash + "-gz\"",
                lastModified, DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC)));
    }

    /** Memory the page takes in the cache, in bytes (roughly). */
    public int weight() {
        return body.length + gzipBody.length + 200;
    }

    private static String hash(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
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
