package org.meridian.wordpress;

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
import java.time.Instant;

/**
 * Which article or image a WordPress post or attachment became, by the item's guid: a second import of the same
 * export finds them again and updates them instead of adding copies. Deleting the article or image deletes the link.
 */
@Entity
@Table(name = "wordpress_link")
@NamedQuery(name = WordPressLink.BY_GUID, query = """
        select l from WordPressLink l where l.kind = :kind and l.guid = :guid""")
public class WordPressLink {

    static final String BY_GUID = "WordPressLink.byGuid";
    static final int GUID_LENGTH = 500;

    enum Kind {
        POST,
        ATTACHMENT
    }

    @Id
    @SequenceGenerator(name = "wordpress_link_seq", sequenceName = "wordpress_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wordpress_link_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = GUID_LENGTH)
    private String guid;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "media_id")
    private Long mediaId;

    /** The item's last change in WordPress when it was last imported. */
    @Column(name = "modified_at")
    private Instant modifiedAt;

    @Version
    private long version;

    protected WordPressLink() {}

    private WordPressLink(Kind kind, String guid, Long articleId, Long mediaId, Instant modifiedAt) {
        if (guid == null || guid.isBlank() || guid.length() > GUID_LENGTH) {
            throw new IllegalArgumentException("A WordPress guid of 1 to " + GUID_LENGTH + " characters");
        }
        this.kind = kind;
        this.guid = guid;
        this.articleId = articleId;
        this.mediaId = mediaId;
        this.modifiedAt = modifiedAt;
    }

    static WordPressLink toArticle(String guid, long articleId, Instant modifiedAt) {
        return new WordPressLink(Kind.POST, guid, articleId, null, modifiedAt);
    }

    static WordPressLink toMedia(String guid, long mediaId, Instant modifiedAt) {
        return new WordPressLink(Kind.ATTACHMENT, guid, null, mediaId, modifiedAt);
    }

    void importedAgain(Instant newModifiedAt) {
        this.modifiedAt = newModifiedAt;
    }

    /** The item has not changed in WordPress since it was imported. */
    boolean unchangedSince(Instant itemModifiedAt) {
        return modifiedAt != null && itemModifiedAt != null && !itemModifiedAt.isAfter(modifiedAt);
    }

    Long getArticleId() {
        return articleId;
    }

    Long getMediaId() {
        return mediaId;
    }
}
