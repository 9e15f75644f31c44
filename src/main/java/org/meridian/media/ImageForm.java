package org.meridian.media;

import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.meridian.system.UploadedFiles;

/** What the media forms hold while they are filled in: an image file, its alt text and whether it is decorative. */
public class ImageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Only within the request that uploads it: the bytes are not kept in the view. */
    private transient Part file;

    private String alt;
    private boolean decorative;

    boolean hasFile() {
        return UploadedFiles.isPresent(file);
    }

    String fileName() {
        return file.getSubmittedFileName();
    }

    byte[] content() {
        return UploadedFiles.bytes(file);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }
}
