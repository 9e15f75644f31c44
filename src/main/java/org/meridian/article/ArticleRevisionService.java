package org.meridian.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.security.StaffRole;
import org.meridian.system.InvalidInputException;

/** The revisions every save of an article stores: listed, compared line by line, and restored. */
@ApplicationScoped
public class ArticleRevisionService {

    @Inject
    private ArticleRepository articles;

    @Inject
    private ArticleRules rules;

    @Inject
    private ArticleWriter writer;

    @Inject
    private ConditionService conditionService;

    @Inject
    private AuditLog auditLog;

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<RevisionSummary> revisions(long id) {
        return articles.findRevisions(id);
    }

    /** Revision {@code from} and revision {@code to} of an article, line by line. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<RevisionDiff.Line> compare(long id, int from, int to) {
        var older = articles.findRevision(id, from)
                .orElseThrow(() -> noRevision(from))
                .getContent();
        var newer =
                articles.findRevision(id, to).orElseThrow(() -> noRevision(to)).getContent();
        var names = conditionService.all().stream().collect(Collectors.toMap(Condition::getId, Condition::getName));
        return RevisionDiff.between(older.toLines(names), newer.toLines(names));
    }

    /** Makes an old revision the current content again, as a new revision. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void restore(long id, long version, int number) {
        var article = writer.current(id, version);
        var old = articles.findRevision(id, number)
                .orElseThrow(() -> noRevision(number))
                .getContent();
        // Conditions and images deleted since are left out rather than refusing the whole restore.
        var conditionIds = articles.findConditions(old.conditionIds()).stream()
                .map(Condition::getId)
                .toList();
        var heroId = old.heroImageId() != null
                        && articles.findMedia(old.heroImageId()).isPresent()
                ? old.heroImageId()
                : null;
        var restored = new ArticleContent(
                old.title(),
                old.slug(),
                old.summary(),
                old.bodyHtml(),
                heroId,
                old.authorName(),
                old.reviewerName(),
                old.reviewerCredentials(),
                old.lastReviewedOn(),
                old.reviewDueOn(),
                old.featured(),
                old.hiddenFromSearchEngines(),
                conditionIds,
                old.references());
        writer.saveContent(article, rules.checked(restored, id), "Restored revision " + number);
        auditLog.record(AuditAction.ARTICLE_RESTORED, article.getTitle(), "Revision " + number);
    }

    private static InvalidInputException noRevision(int number) {
        return new InvalidInputException("revision", "There is no revision " + number + ".");
    }
}
