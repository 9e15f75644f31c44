package org.meridian.media;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;

/**
 * Turns an upload into the images the site serves, or refuses it. The format is read from the first bytes; JPEG and
 * PNG are decoded and encoded again with {@code javax.imageio} at each width of {@link #WIDTHS} below the original
 * (and the original width), which drops their metadata and anything hidden around the pixels (polyglot files).
 * <p>
 * WebP: the JDK has no WebP codec, so a WebP upload is checked (RIFF structure, known image chunk, dimensions) and
 * stored at its own width only, its bytes unchanged except that every chunk but the image's own (metadata such as
 * EXIF and XMP, and any unknown chunk, which could carry anything) and any bytes after the RIFF container are dropped.
 */
public final class ImageProcessor {

    /** Widths made for {@code srcset}: phones, tablets and laptops, high-density screens. */
    static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    public static final int MAX_SIDE = 4000;
    private static final float JPEG_QUALITY = 0.85f;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    static {
        // No temporary files for every decode: uploads are small and held in memory anyway.
        ImageIO.setUseCache(false);
    }

    private final long maxBytes;

    public ImageProcessor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** What the upload becomes: its format, its own size, and the variants to store. */
    public record Result(ImageFormat format, int width, int height, List<EncodedImage> variants) {}

    public Result process(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new RefusedImageException("The file is empty. Choose a JPEG, PNG or WebP image.");
        }
        if (upload.length > maxBytes) {
            throw new RefusedImageException("The file is " + kilobytes(upload.length) + " KB; images may be at most "
                    + kilobytes(maxBytes) + " KB. Make it smaller and upload it again.");
        }
        var format = detect(upload);
        return format == ImageFormat.WEBP ? webp(upload) : reencode(upload, format);
    }

    /** The format by the file's first bytes; anything else, markup (SVG, HTML) first of all, is refused. */
    static ImageFormat detect(byte[] bytes) {
        if (startsWith(bytes, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return ImageFormat.JPEG;
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return ImageFormat.PNG;
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return ImageFormat.WEBP;
        }
        var head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<svg")
                || head.contains("<?xml")
                || head.contains("<html")
                || head.contains("<!doctype")
                || head.stripLeading().startsWith("<")) {
            throw new RefusedImageException("SVG, HTML and other text files are not accepted: they can carry scripts. "
                    + "Upload a JPEG, PNG or WebP image.");
        }
        throw new RefusedImageException("This file is not a JPEG, PNG or WebP image (whatever its name says). "
                + "Upload a JPEG, PNG or WebP image.");
    }

    private Result reencode(byte[] upload, ImageFormat format) {
        var image = decode(upload);
        var widths = new TreeSet<Integer>();
        for (var width : WIDTHS) {
            widths.add(Math.min(width, image.getWidth()));
        }
        var variants = new ArrayList<EncodedImage>();
        var opaque = format == ImageFormat.JPEG || !image.getColorModel().hasAlpha();
        for (var width : widths) {
            var height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
            var scaled = scale(image, width, height, opaque);
            variants.add(new EncodedImage(format, width, height, encode(scaled, format)));
        }
        return new Result(format, image.getWidth(), image.getHeight(), variants);
    }

    /** Reads the size from the header first, so a small file claiming huge dimensions is refused before decoding. */
    private static BufferedImage decode(byte[] upload) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                checkDimensions(reader.getWidth(0), reader.getHeight(0));
                var image = reader.read(0);
                if (image == null) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedImageException refused) {
                throw refused;
            }
            throw unreadable();
        }
    }

    static void checkDimensions(int width, int height) {
        if (width < 1 || height < 1) {
            throw unreadable();
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new RefusedImageException("The image is " + width + " \u00d7 " + height + " pixels; at most "
                    + MAX_SIDE + " \u00d7 " + MAX_SIDE + " are accepted. Make it smaller and upload it again.");
        }
    }

    private static RefusedImageException unreadable() {
        return new RefusedImageException("The file could not be read as an image: it may be damaged, or not the kind "
                + "of file its beginning claims. Save it again as JPEG, PNG or WebP and upload that.");
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, boolean opaque) {
        var target =
                new BufferedImage(width, height, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        var graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (opaque) {
                // Without transparency (JPEG), what was transparent becomes white, not black.
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, ImageFormat format) {
        var writer = ImageIO.getImageWritersByFormatName(format == ImageFormat.JPEG ? "jpeg" : "png")
                .next();
        var out = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            if (format == ImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The chunks that draw a WebP image (its header, frames, alpha and colour profile); all others are dropped. */
    private static final Set<String> IMAGE_CHUNKS = Set.of("VP8X", "VP8 ", "VP8L", "ALPH", "ANIM", "ANMF", "ICCP");

    /** Checks a WebP file's container and image header, and keeps only the chunks that make the image. */
    private static Result webp(byte[] upload) {
        var buffer = ByteBuffer.wrap(upload).order(ByteOrder.LITTLE_ENDIAN);
        if (upload.length < 30) {
            throw unreadable();
        }
        long riffSize = Integer.toUnsignedLong(buffer.getInt(4));
        if (riffSize < 22 || riffSize + 8 > upload.length) {
            throw unreadable();
        }
        int end = (int) (riffSize + 8);
        var kept = new ByteArrayOutputStream();
        int width = 0;
        int height = 0;
        int vp8xAt = -1;
        boolean imageChunk = false;
        int position = 12;
        while (position < end) {
            if (position + 8 > end) {
                throw unreadable();
            }
            var type = new String(upload, position, 4, StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(buffer.getInt(position + 4));
            long padded = size + (size & 1);
            if (position + 8 + padded > end && position + 8 + size != end) {
                throw unreadable();
            }
            int chunkEnd = (int) Math.min(end, position + 8 + padded);
            int data = position + 8;
            switch (type) {
                case "VP8X" -> {
                    if (size < 10) {
                        throw unreadable();
                    }
                    vp8xAt = kept.size();
                    width = 1 + uint24(upload, data + 4);
                    height = 1 + uint24(upload, data + 7);
                }
                case "VP8 " -> {
                    if (size < 10
                            || (upload[data + 3] & 0xFF) != 0x9D
                            || (upload[data + 4] & 0xFF) != 0x01
                            || (upload[data + 5] & 0xFF) != 0x2A) {
                        throw unreadable();
                    }
                    imageChunk = true;
                    if (vp8xAt < 0) {
                        width = buffer.getShort(data + 6) & 0x3FFF;
                        height = buffer.getShort(data + 8) & 0x3FFF;
                    }
                }
                case "VP8L" -> {
                    if (size < 5 || (upload[data] & 0xFF) != 0x2F) {
                        throw unreadable();
                    }
                    imageChunk = true;
                    if (vp8xAt < 0) {
                        int bits = buffer.getInt(data + 1);
                        width = 1 + (bits & 0x3FFF);
                        height = 1 + ((bits >>> 14) & 0x3FFF);
                    }
                }
                case "ANIM", "ANMF" -> imageChunk = true;
                default -> {
                    // the colour profile and alpha are checked by the browser's decoder like the image itself
                }
            }
            if (IMAGE_CHUNKS.contains(type)) {
                kept.write(upload, position, chunkEnd - position);
            }
            position = chunkEnd;
        }
        if (!imageChunk) {
            throw unreadable();
        }
        checkDimensions(width, height);
        var chunks = kept.toByteArray();
        if (vp8xAt >= 0) {
            // The VP8X flags say which chunks follow: the EXIF (0x08) and XMP (0x04) ones do not any more.
            chunks[vp8xAt + 8] &= (byte) ~0x0C;
        }
        var out = ByteBuffer.allocate(12 + chunks.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(4 + chunks.length).put(ascii("WEBP")).put(chunks);
        var image = new EncodedImage(ImageFormat.WEBP, width, height, out.array());
        return new Result(ImageFormat.WEBP, width, height, List.of(image));
    }

    private static int uint24(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static long kilobytes(long bytes) {
        return (bytes + 1023) / 1024;
    }
}
