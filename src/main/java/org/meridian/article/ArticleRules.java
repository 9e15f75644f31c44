package org.meridian.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.meridian.condition.Condition;
import org.meridian.system.InvalidInputException;
import org.meridian.system.Slugs;

/**
 * The rules an article's content meets before it is stored, beyond the field rules of {@link ArticleForm}: those that
 * span fields, need the sanitiser or need the database. Each refusal names the editor input it is about.
 */
@ApplicationScoped
public class ArticleRules {

    static final String BODY_TOO_LONG = "The text is too long: at most " + Article.BODY_LENGTH + " characters of HTML.";

    /** The order in which the fields were always checked, so the reason given for refused content stays the same. */
    private static final List<String> CHECK_ORDER =
            List.of("title", "summary", "author", "reviewerName", "reviewerCredentials", "body", "slug");

    @Inject
    private ArticleRepository articles;

    @Inject
    private Validator validator;

    /** The editor's form, once its field rules were checked ({@code @Valid}), as it may be stored. */
    ArticleContent checked(ArticleForm form, Long id) {
        return storable(form.toContent(), id);
    }

    /**
     * Content that did not come through the editor's form (a revision restored, a post imported) as it may be stored:
     * the form's field rules are checked here, and the first broken one is the reason for the refusal.
     */
    ArticleContent checked(ArticleContent content, Long id) {
        validator.validate(ArticleForm.of(content)).stream()
                .min(Comparator.comparing(violation ->
                        CHECK_ORDER.indexOf(violation.getPropertyPath().toString())))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), violation.getMessage());
                });
        return storable(content, id);
    }

    /**
     * The content as it may be stored, from content that keeps the form's field rules: text stripped, body sanitised,
     * an empty address made from the title (with -2, -3... when that one is taken), ids that still exist.
     *
     * @param id the article saved, or null for a new one (whose address must not be any article's)
     */
    private ArticleContent storable(ArticleContent content, Long id) {
        if (blank(content.reviewerName()) && !blank(content.reviewerCredentials())) {
            throw new InvalidInputException("reviewerName", "Enter the reviewer's name with their credentials.");
        }
        var body = ArticleHtml.sanitize(content.bodyHtml());
        if (Jsoup.parse(body).text().isBlank()) {
            throw new InvalidInputException("body", "Write the article's text.");
        }
        if (body.length() > Article.BODY_LENGTH) {
            throw new InvalidInputException("body", BODY_TOO_LONG);
        }
        var title = content.title().strip();
        String slug;
        if (blank(content.slug())) {
            slug = Slugs.firstFree(Slugs.fromTitle(title), candidate -> takenByOther(candidate, id));
        } else {
            slug = content.slug().strip();
            slugFree(slug, id);
        }
        if (slug.isEmpty()) {
            throw new InvalidInputException(
                    "slug", "Enter an address: the title has no letters or digits to make one.");
        }
        var conditions = articles.findConditions(content.conditionIds());
        if (conditions.size() < new HashSet<>(content.conditionIds()).size()) {
            throw new InvalidInputException("conditions", "A condition you chose was deleted meanwhile. Choose again.");
        }
        if (content.heroImageId() != null
                && articles.findMedia(content.heroImageId()).isEmpty()) {
            throw new InvalidInputException("hero", "The image you chose was deleted meanwhile. Choose another one.");
        }
        return new ArticleContent(
                title,
                slug,
                content.summary().strip(),
                body,
                content.heroImageId(),
                content.authorName().strip(),
                trimmed(content.reviewerName()),
                trimmed(content.reviewerCredentials()),
                content.lastReviewedOn(),
                content.reviewDueOn(),
                content.featured(),
                content.hiddenFromSearchEngines(),
                conditions.stream().map(Condition::getId).sorted().toList(),
                content.references());
    }

    /** Refuses an address another article has, naming it and a free one. */
    void slugFree(String slug, Long id) {
        articles.findBySlug(slug).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new InvalidInputException(
                    "slug",
                    "The address /articles/" + slug + " is already used by \u201c" + other.getTitle()
                            + "\u201d. Choose another one, such as "
                            + Slugs.firstFree(slug, candidate -> takenByOther(candidate, id)) + ".");
        });
    }

    private boolean takenByOther(String slug, Long id) {
        return articles.findBySlug(slug)
                .filter(other -> !other.getId().equals(id))
                .isPresent();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }
}
