package org.meridian.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One width of a media image, as served: re-encoded bytes without metadata, and their hash for the ETag. */
@Entity
@Table(name = "media_variant")
@NamedQuery(name = MediaVariant.BY_ASSET_AND_WIDTH, query = """
        select v from MediaVariant v join fetch v.asset where v.asset.id = :assetId and v.width = :width""")
@NamedQuery(name = MediaVariant.DELETE_OF_ASSET, query = "delete from MediaVariant v where v.asset = :asset")
public class MediaVariant implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BY_ASSET_AND_WIDTH = "MediaVariant.byAssetAndWidth";
    static final String DELETE_OF_ASSET = "MediaVariant.deleteOfAsset";

    @Id
    @SequenceGenerator(name = "media_variant_seq", sequenceName = "media_variant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_variant_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    private MediaAsset asset;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected MediaVariant() {}

    MediaVariant(MediaAsset asset, EncodedImage image) {
        this.asset = asset;
        this.width = image.width();
        this.height = image.height();
        this.contentType = image.format().getContentType();
        this.sha256 = image.sha256();
        this.bytes = image.bytes();
    }

    public MediaAsset getAsset() {
        return asset;
    }

    public int getWidth() {
        return width;
    }

    public String getContentType() {
        return contentType;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
