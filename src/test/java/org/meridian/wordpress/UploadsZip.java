package org.meridian.wordpress;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Zips made by the tests as a clinic would zip its wp-content/uploads folder (no binary files in the repository). */
final class UploadsZip {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    UploadsZip add(String path, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(path));
            zip.write(content);
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            zip.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The uploads of the clinic fixture: the needles photo and the smaller copy WordPress made of it. */
    static byte[] clinicUploads() {
        return new UploadsZip()
                .add("wp-content/uploads/2024/05/needles.jpg", jpeg(640, 427))
                .add("wp-content/uploads/2024/05/needles-300x200.jpg", jpeg(300, 200))
                .add("wp-content/uploads/2024/05/", new byte[0])
                .bytes();
    }

    static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(196, 160, 112));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(90, 110, 100));
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
