package org.meridian.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageProcessorTest {

    private final ImageProcessor processor = new ImageProcessor(5120 * 1024);

    static byte[] image(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 7) {
            image.setRGB(x, (x * 3) % height, 0x3377aa);
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void jpegIsReencodedAtEachWidthBelowTheOriginal() throws IOException {
        var result = processor.process(image("jpeg", 2000, 1000));
        assertEquals(ImageFormat.JPEG, result.format());
        assertEquals(
                List.of(480, 960, 1600),
                result.variants().stream().map(EncodedImage::width).toList());
        var largest =
                ImageIO.read(new ByteArrayInputStream(result.variants().get(2).bytes()));
        assertEquals(1600, largest.getWidth());
        assertEquals(800, largest.getHeight());
        assertEquals(800, result.variants().get(2).height());
    }

    @Test
    void aSmallImageIsKeptAtItsOwnWidthOnly() throws IOException {
        var result = processor.process(image("png", 300, 200));
        assertEquals(ImageFormat.PNG, result.format());
        assertEquals(
                List.of(300),
                result.variants().stream().map(EncodedImage::width).toList());
    }

    @Test
    void jpegMetadataIsDropped() throws IOException {
        var plain = image("jpeg", 600, 400);
        var exif = "Exif\0\0GPS 38.58N 121.49W camera secret-location".getBytes(StandardCharsets.ISO_8859_1);
        var withExif = new ByteArrayOutputStream();
        withExif.write(plain, 0, 2);
        withExif.write(new byte[] {(byte) 0xFF, (byte) 0xE1, 0, (byte) (exif.length + 2)});
        withExif.write(exif);
        withExif.write(plain, 2, plain.length - 2);
        for (var variant : processor.process(withExif.toByteArray()).variants()) {
            assertFalse(new String(variant.bytes(), StandardCharsets.ISO_8859_1).contains("secret-location"));
        }
    }

    @Test
    void pngTextChunksAndAppendedPayloadsAreDropped() throws IOException {
        var plain = image("png", 600, 400);
        var text = pngChunk("tEXt", "Comment\0secret-location".getBytes(StandardCharsets.ISO_8859_1));
        var polyglot = new ByteArrayOutputStream();
        polyglot.write(plain, 0, 33);
        polyglot.write(text);
        polyglot.write(plain, 33, plain.length - 33);
        polyglot.write("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        for (var variant : processor.process(polyglot.toByteArray()).variants()) {
            var bytes = new String(variant.bytes(), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains("secret-location"));
            assertFalse(bytes.contains("<script"));
        }
    }

    @Test
    void aTextFileNamedLikeAnImageIsRefused() {
        var refused = assertThrows(
                RefusedImageException.class,
                () -> processor.process("%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(refused.getMessage().contains("not a JPEG, PNG or WebP image"), refused.getMessage());
    }

    @Test
    void svgAndHtmlAreRefusedAsMarkup() {
        for (var markup : List.of(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "<?xml version=\"1.0\"?><svg/>",
                "  <!DOCTYPE html><html><body>x</body></html>")) {
            var refused = assertThrows(
                    RefusedImageException.class, () -> processor.process(markup.getBytes(StandardCharsets.UTF_8)));
            assertTrue(refused.getMessage().startsWith("SVG, HTML and other text files are not accepted"));
        }
    }

    @Test
    void aFileWithAnImageSignatureButNoImageIsRefused() {
        var fake = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, '<', 's', 'c', 'r', 'i', 'p'};
        assertThrows(RefusedImageException.class, () -> processor.process(fake));
    }

    @Test
    void tooManyPixelsOrBytesAreRefused() throws IOException {
        var wide = assertThrows(RefusedImageException.class, () -> processor.process(image("png", 4001, 10)));
        assertTrue(wide.getMessage().contains("4001 \u00d7 10 pixels"), wide.getMessage());
        var small = new ImageProcessor(1024);
        var big = assertThrows(RefusedImageException.class, () -> small.process(image("png", 800, 800)));
        assertTrue(big.getMessage().contains("at most 1 KB"), big.getMessage());
        assertThrows(RefusedImageException.class, () -> processor.process(new byte[0]));
    }

    @Test
    void webpIsCheckedAndKeptWithOnlyTheChunksOfTheImage() {
        var exif = chunk("EXIF", "secret-location".getBytes(StandardCharsets.US_ASCII));
        var unknown = chunk("JUNK", "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        var vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) 0x08).put(new byte[3]).put(uint24(639)).put(uint24(479));
        var webp = riff(chunk("VP8X", vp8x.array()), unknown, chunk("VP8L", vp8l(640, 480)), exif);
        var result = processor.process(concat(webp, "<style>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(ImageFormat.WEBP, result.format());
        assertEquals(640, result.width());
        assertEquals(480, result.height());
        var kept = result.variants().get(0).bytes();
        var text = new String(kept, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("secret-location"));
        assertFalse(text.contains("EXIF"));
        assertFalse(text.contains("<script"), "an unknown chunk is dropped");
        assertFalse(text.contains("<style"), "bytes after the container are dropped");
        assertEquals(0, kept[20] & 0x08, "the VP8X flags no longer announce EXIF");
        assertEquals(
                kept.length - 8,
                ByteBuffer.wrap(kept).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
        assertArrayEquals(
                riff(
                        chunk("VP8X", new byte[] {0, 0, 0, 0, 127, 2, 0, (byte) 223, 1, 0}),
                        chunk("VP8L", vp8l(640, 480))),
                kept);
    }

    @Test
    void webpThatIsTooLargeOrBrokenIsRefused() {
        assertThrows(RefusedImageException.class, () -> processor.process(riff(chunk("VP8L", vp8l(5000, 100)))));
        assertThrows(RefusedImageException.class, () -> processor.process(riff(chunk("ICCP", new byte[20]))));
        var truncated = riff(chunk("VP8L", vp8l(64, 64)));
        assertThrows(
                RefusedImageException.class, () -> processor.process(Arrays.copyOf(truncated, truncated.length - 6)));
    }

    private static byte[] vp8l(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        var data = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN);
        data.put((byte) 0x2F).putInt(bits).put(new byte[4]);
        return data.array();
    }

    private static byte[] uint24(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16)};
    }

    private static byte[] chunk(String type, byte[] data) {
        var padded = data.length + (data.length & 1);
        var chunk = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        var body = concat(chunks);
        var riff = ByteBuffer.allocate(12 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(4 + body.length)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(body);
        return riff.array();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        var chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
