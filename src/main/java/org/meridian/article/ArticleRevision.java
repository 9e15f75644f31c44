package org.meridian.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One save of an article: who saved it, when, and every editable field as it was then. Never changed afterwards. */
@Entity
@Table(name = "article_revision")
@NamedQuery(name = ArticleRevision.OF_ARTICLE, query = """
        select new org.meridian.article.RevisionSummary(r.number, r.savedAt, r.savedBy, r.note)
        from ArticleRevision r where r.articleId = :articleId order by r.number desc""")
@NamedQuery(name = ArticleRevision.BY_NUMBER, query = """
        select r from ArticleRevision r where r.articleId = :articleId and r.number = :number""")
@NamedQuery(name = ArticleRevision.LAST_NUMBER, query = """
        select max(r.number) from ArticleRevision r where r.articleId = :articleId""")
public class ArticleRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String OF_ARTICLE = "ArticleRevision.ofArticle";
    static final String BY_NUMBER = "ArticleRevision.byNumber";
    static final String LAST_NUMBER = "ArticleRevision.lastNumber";
    static final int NOTE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "article_revision_seq", sequenceName = "article_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revision_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(nullable = false)
    private int number;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false, length = 60)
    private String savedBy;

    /** What happened besides the save, as "Published" or "Restored revision 3". */
    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(nullable = false, length = 300_000)
    private String content;

    protected ArticleRevision() {}

    ArticleRevision(long articleId, int number, ArticleContent content, String savedBy, Instant savedAt, String note) {
        this.articleId = articleId;
        this.number = number;
        this.content = content.toJson();
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note;
    }

    public int getNumber() {
        return number;
    }

    public ArticleContent getContent() {
        return ArticleContent.fromJson(content);
    }
}
