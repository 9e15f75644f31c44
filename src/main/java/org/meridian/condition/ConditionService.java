package org.meridian.condition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;
import org.meridian.security.StaffRole;
import org.meridian.system.EditConflictException;
import org.meridian.system.InvalidInputException;
import org.meridian.system.Slugs;

/** Conditions as patients browse them, and as staff keep them. */
@ApplicationScoped
public class ConditionService {

    private static final String THIS_CONDITION = "This condition";

    @Inject
    private ConditionRepository conditionRepository;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChanges;

    public List<Condition> all() {
        return conditionRepository.findAll();
    }

    public Optional<Condition> find(String slug) {
        return Slugs.isValid(slug) ? conditionRepository.findBySlug(slug) : Optional.empty();
    }

    /** The conditions with these slugs; fewer than asked for when some slug names no condition. */
    public List<Condition> find(Collection<String> slugs) {
        return conditionRepository.findBySlugs(slugs);
    }

    /** Every condition with how many published articles it has, alphabetically. */
    public List<ConditionSummary> summaries() {
        return withCounts(conditionRepository.countPublishedArticles());
    }

    /** Every condition with how many articles of any status it tags, alphabetically, for the admin console. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<ConditionSummary> summariesForEditing() {
        return withCounts(conditionRepository.countAllArticles());
    }

    private List<ConditionSummary> withCounts(Map<Long, Long> counts) {
        return conditionRepository.findAll().stream()
                .map(condition -> new ConditionSummary(condition, counts.getOrDefault(condition.getId(), 0L)))
                .toList();
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public Optional<ConditionDraft> findForEditing(long id) {
        return conditionRepository.findById(id).map(ConditionDraft::of);
    }

    /** Adds a condition; an empty slug is made from the name. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public Condition create(ConditionDraft draft) {
        var slug = checkedSlug(draft, null);
        var condition = new Condition(draft.name(), slug, blankToNull(draft.description()));
        condition.setSynonyms(checkedSynonyms(draft.synonyms()));
        conditionRepository.save(condition);
        flush(slug);
        auditLog.record(AuditAction.CONDITION_CREATED, condition.getName(), "/conditions/" + slug);
        contentChanges.record(ContentKind.CONDITION, condition.getId());
        return condition;
    }

    /** Saves changes to a condition, unless someone else saved it since {@code draft} was read. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void update(long id, ConditionDraft draft) {
        var condition = conditionRepository.findById(id).orElseThrow(() -> new EditConflictException(THIS_CONDITION));
        EditConflictException.check(draft.version(), condition.getVersion(), THIS_CONDITION);
        var slug = checkedSlug(draft, id);
        var detail = condition.getSlug().equals(slug)
                ? null
                : "Address changed from /conditions/" + condition.getSlug() + " to /conditions/" + slug;
        condition.rename(draft.name(), slug);
        condition.setDescription(blankToNull(draft.description()));
        condition.setSynonyms(checkedSynonyms(draft.synonyms()));
        flush(slug);
        auditLog.record(AuditAction.CONDITION_UPDATED, condition.getName(), detail);
        contentChanges.record(ContentKind.CONDITION, id);
    }

    /**
     * Deletes a condition. While articles are tagged with it, it is only deleted when {@code untagArticles} says
     * to take it off them first; otherwise {@link ConditionInUseException} tells how many there are.
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void delete(long id, long version, boolean untagArticles) {
        var condition = conditionRepository.findById(id).orElseThrow(() -> new EditConflictException(THIS_CONDITION));
        EditConflictException.check(version, condition.getVersion(), THIS_CONDITION);
        var used = conditionRepository.countArticles(condition);
        if (used > 0 && !untagArticles) {
            throw new ConditionInUseException(condition.getName(), used);
        }
        if (used > 0) {
            conditionRepository.untagAll(condition);
        }
        conditionRepository.remove(condition);
        contentChanges.record(ContentKind.CONDITION, id);
        auditLog.record(
                AuditAction.CONDITION_DELETED,
                condition.getName(),
                used > 0 ? "Removed from " + used + (used == 1 ? " article" : " articles") : null);
    }

    private String checkedSlug(ConditionDraft draft, Long id) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("name", "Enter the condition's name.");
        }
        if (draft.name().strip().length() > Condition.NAME_LENGTH) {
            throw new InvalidInputException("name", "Use at most " + Condition.NAME_LENGTH + " characters.");
        }
        var slug = draft.slug() == null || draft.slug().isBlank()
                ? Slugs.fromTitle(draft.name())
                : draft.slug().strip();
        if (!Slugs.isValid(slug) || slug.length() > Condition.SLUG_LENGTH) {
            throw new InvalidInputException(
                    "slug",
                    "Use lower-case letters, digits and single hyphens, at most " + Condition.SLUG_LENGTH
                            + " characters, as in back-pain.");
        }
        conditionRepository
                .findBySlug(slug)
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw slugTaken(slug, other.getName());
                });
        return slug;
    }

    private static InvalidInputException slugTaken(String slug, String otherName) {
        return new InvalidInputException(
                "slug",
                "The address /conditions/" + slug + " is already used by \u201c" + otherName
                        + "\u201d. Choose another one.");
    }

    private static List<String> checkedSynonyms(List<String> synonyms) {
        var distinct = new LinkedHashSet<String>();
        for (var synonym : synonyms) {
            var word = synonym.strip();
            if (word.length() > Condition.NAME_LENGTH) {
                throw new InvalidInputException(
                        "synonyms", "Each other name can have at most " + Condition.NAME_LENGTH + " characters.");
            }
            if (!word.isEmpty()) {
                distinct.add(word);
            }
        }
        return List.copyOf(distinct);
    }

    private void flush(String slug) {
        try {
            conditionRepository.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(THIS_CONDITION);
        } catch (PersistenceException e) {
            // Two people saved the same new address at once; the database's unique constraint caught the second.
            throw slugTaken(slug, "another condition");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
