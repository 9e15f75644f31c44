package org.meridian.wordpress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.meridian.media.MediaSettings;

/**
 * The images of a zip of WordPress's {@code wp-content/uploads} folder that the export's attachments name, by their
 * path below {@code uploads/} ({@code 2024/05/needles.jpg}), as attachment URLs name them. Nothing is written to disk
 * and only those images are kept in memory, each up to the media library's limit. Refused: paths that climb out of
 * the folder or are absolute, more than {@link #MAX_ENTRIES} entries, and more unpacked bytes than the limit (a "zip
 * bomb" is stopped while it unpacks, whatever its headers claim).
 */
final class UploadsArchive {

    static final int MAX_ENTRIES = 20_000;
    static final UploadsArchive NONE = new UploadsArchive(Map.of());

    private static final Pattern IMAGE = Pattern.compile(".+\\.(jpe?g|png|webp|gif)", Pattern.CASE_INSENSITIVE);
    /** The size WordPress adds to the name of each smaller copy it makes: needles-300x200.jpg. */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("-[0-9]{1,5}x[0-9]{1,5}(\\.[A-Za-z]+)$");

    private static final String UPLOADS = "uploads/";

    private final Map<String, byte[]> images;

    private UploadsArchive(Map<String, byte[]> images) {
        this.images = images;
    }

    /**
     * @param wanted         the paths below {@code uploads/} of the images to keep, as {@link #relativeToUploads}
     *                       gives them
     * @param maxImageBytes  the largest image kept; a wanted image above it is refused
     */
    static UploadsArchive read(byte[] zip, long maxUnpackedBytes, Set<String> wanted, long maxImageBytes) {
        var images = new HashMap<String, byte[]>();
        var unpacked = 0L;
        var entries = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new RefusedImportException(
                            RefusedImportException.UPLOADS_FIELD,
                            "The zip file has more than " + MAX_ENTRIES + " files. Zip "
                                    + "only the uploads folder of the years the posts use.");
                }
                var name = entry.getName().replace('\\', '/');
                if (climbsOut(name)) {
                    throw new RefusedImportException(
                            RefusedImportException.UPLOADS_FIELD,
                            "The zip file holds a path that leads out of its folder (" + printable(name)
                                    + "). It is refused; zip the uploads folder again.");
                }
                var path = relativeToUploads(name);
                var keep = !entry.isDirectory() && IMAGE.matcher(name).matches() && wanted.contains(path);
                var read = copy(in, maxUnpackedBytes - unpacked, keep ? maxImageBytes : 0);
                unpacked += read.length();
                if (keep && read.length() > maxImageBytes) {
                    throw new RefusedImportException(
                            RefusedImportException.UPLOADS_FIELD,
                            "The image "
                                    + printable(path) + " in the zip file is larger than the media library takes ("
                                    + maxImageBytes / 1024
                                    + " KB). Make it smaller in the zip, or raise " + MediaSettings.MAX_KB + ".");
                }
                if (keep) {
                    images.put(path, read.bytes());
                }
            }
        } catch (IOException e) {
            throw new RefusedImportException(
                    RefusedImportException.UPLOADS_FIELD,
                    "The second file is not a readable zip file. Zip the wp-content/uploads "
                            + "folder again, or leave the field empty.",
                    e);
        }
        if (entries == 0) {
            throw new RefusedImportException(
                    RefusedImportException.UPLOADS_FIELD,
                    "The second file is not a zip file, or it is empty. Zip the "
                            + "wp-content/uploads folder, or leave the field empty.");
        }
        return new UploadsArchive(images);
    }

    /** The file an attachment URL names, if the zip has it. */
    Optional<byte[]> find(String url) {
        return Optional.ofNullable(images.get(relativeToUploads(url)));
    }

    /** The path of the original upload a URL shows, one of its smaller copies included: {@code 2024/05/a.jpg}. */
    static String originalPath(String url) {
        return SIZE_SUFFIX.matcher(relativeToUploads(url)).replaceFirst("$1");
    }

    /** {@code https://old.example/wp-content/uploads/2024/05/a.jpg} and {@code wp-content/uploads/2024/05/a.jpg} give {@code 2024/05/a.jpg}. */
    static String relativeToUploads(String path) {
        var at = path.lastIndexOf(UPLOADS);
        var relative = at < 0 ? path : path.substring(at + UPLOADS.length());
        var query = relative.indexOf('?');
        return (query < 0 ? relative : relative.substring(0, query)).toLowerCase(Locale.ROOT);
    }

    private static boolean climbsOut(String name) {
        return name.startsWith("/")
                || name.contains(":")
                || name.equals("..")
                || name.startsWith("../")
                || name.contains("/../")
                || name.endsWith("/..");
    }

    private record Read(byte[] bytes, long length) {}

    /**
     * Reads one entry, refusing it past {@code budget} unpacked bytes; keeps up to {@code keep} bytes of it (and
     * tells its whole length, so a larger one can be refused).
     */
    private static Read copy(InputStream in, long budget, long keep) throws IOException {
        var out = keep > 0 ? new ByteArrayOutputStream() : null;
        var buffer = new byte[8192];
        var total = 0L;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > budget) {
                throw new RefusedImportException(
                        RefusedImportException.UPLOADS_FIELD,
                        "The zip file unpacks to more "
                                + "than the import takes (see " + ImportSettings.UPLOADS_MAX_MB
                                + "). It is refused; zip only the "
                                + "images the posts use.");
            }
            if (out != null && total <= keep) {
                out.write(buffer, 0, n);
            }
        }
        return new Read(out == null ? new byte[0] : out.toByteArray(), total);
    }

    private static String printable(String name) {
        var shown = name.length() > 80 ? name.substring(0, 80) + "\u2026" : name;
        return shown.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
