package org.meridian.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image of the media library. Its bytes live in {@link MediaVariant}s, one per width; pages address them as
 * {@code /media/{id}-{width}.{ext}?v={revision}} and list every width in {@code srcset}.
 */
@Entity
@Table(name = "media_asset")
@NamedQuery(name = MediaAsset.ALL, query = "select m from MediaAsset m order by m.uploadedAt desc, m.id desc")
public class MediaAsset implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "MediaAsset.all";

    public static final int ALT_LENGTH = 300;
    public static final int FILE_NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "media_asset_seq", sequenceName = "media_asset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_asset_seq")
    private Long id;

    /** The name it was uploaded under, for staff to recognise it; never part of a URL. */
    @Column(name = "file_name", nullable = false, length = FILE_NAME_LENGTH)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImageFormat format;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    /** The widths stored, ascending, comma-separated: pages write {@code srcset} without loading the bytes. */
    @Column(name = "variant_widths", nullable = false, length = 100)
    private String variantWidths;

    @Column(name = "alt_text", length = ALT_LENGTH)
    private String altText;

    /** A purely decorative image gets empty alt text, so screen readers skip it. */
    @Column(nullable = false)
    private boolean decorative;

    @Column(nullable = false)
    private int revision;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    @Version
    private long version;

    protected MediaAsset() {}

    MediaAsset(String fileName, String altText, boolean decorative, String uploadedBy, Instant uploadedAt) {
        describe(altText, decorative);
        this.fileName = fileName.length() > FILE_NAME_LENGTH ? fileName.substring(0, FILE_NAME_LENGTH) : fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.revision = 1;
    }

    /** Alt text is required unless the image is decorative. */
    final void describe(String newAltText, boolean isDecorative) {
        var alt = newAltText == null ? "" : newAltText.strip();
        if (alt.isEmpty() && !isDecorative) {
            throw new IllegalArgumentException("An image needs alt text unless it is decorative");
        }
        if (alt.length() > ALT_LENGTH) {
            throw new IllegalArgumentException("Alt text of at most " + ALT_LENGTH + " characters");
        }
        this.altText = alt.isEmpty() ? null : alt;
        this.decorative = isDecorative;
    }

    /** Takes the measures of new image content; a replacement also moves the URL's version on. */
    void contentIs(ImageFormat imageFormat, int imageWidth, int imageHeight, List<Integer> widths, boolean replaced) {
        this.format = imageFormat;
        this.width = imageWidth;
        this.height = imageHeight;
        this.variantWidths = widths.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        if (replaced) {
            revision++;
        }
    }

    public List<Integer> getWidths() {
        return Arrays.stream(variantWidths.split(",")).map(Integer::valueOf).toList();
    }

    /** The address of the image at one of its widths, with the version that lets browsers keep it for a year. */
    public String url(int variantWidth) {
        return "/media/" + id + "-" + variantWidth + "." + format.getExtension() + "?v=" + revision;
    }

    /** The largest stored width. */
    public String getUrl() {
        var widths = getWidths();
        return url(widths.get(widths.size() - 1));
    }

    /** A small copy for lists in the console. */
    public String getThumbnailUrl() {
        return url(getWidths().get(0));
    }

    /** {@code "/media/7-480.jpg?v=1 480w, /media/7-960.jpg?v=1 960w"} */
    public String getSrcset() {
        return getWidths().stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** Width and height of the largest variant: set on {@code <img>}, they let browsers reserve its space. */
    public int getDisplayWidth() {
        return getWidths().get(getWidths().size() - 1);
    }

    public int getDisplayHeight() {
        return Math.max(1, Math.round((float) height * getDisplayWidth() / width));
    }

    /** What an {@code alt} attribute says: nothing for decorative images. */
    public String getAlt() {
        return decorative || altText == null ? "" : altText;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public ImageFormat getFormat() {
        return format;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getAltText() {
        return altText;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public long getVersion() {
        return version;
    }
}
