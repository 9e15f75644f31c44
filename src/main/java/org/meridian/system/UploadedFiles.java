package org.meridian.system;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Files staff send through {@code h:inputFile} (Faces' own file input: PrimeFaces' simple {@code p:fileUpload} marks
 * its input {@code aria-hidden}, hiding it from screen readers). The request size limit keeps them small enough to
 * hold in memory.
 */
public final class UploadedFiles {

    private UploadedFiles() {}

    /** True when the field was sent with a file in it. */
    public static boolean isPresent(Part part) {
        return part != null && part.getSize() > 0;
    }

    public static byte[] bytes(Part part) {
        try (var in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
