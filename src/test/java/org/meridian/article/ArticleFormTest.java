package org.meridian.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meridian.system.InvalidInputException;
import org.meridian.system.Slugs;

/** The field rules of the article editor's form, checked by a real Validator as Faces and the services check them. */
class ArticleFormTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    @Test
    void aCompleteFormBreaksNoRule() {
        assertEquals(Map.of(), reasons(validator.validate(complete())));
    }

    @Test
    void aFormWithSeveralBadFieldsReportsEveryOneOfThem() {
        var form = complete();
        form.setTitle(" ");
        form.setSummary(null);
        form.setBody("");
        form.setAuthor(null);
        form.setSlug("Not An Address");
        form.setReviewerCredentials("x".repeat(Article.PERSON_LENGTH + 1));

        assertEquals(
                Map.of(
                        "title", "Enter the article's title.",
                        "summary", "Write a short summary.",
                        "body", "Write the article's text.",
                        "author", "Enter who wrote the article.",
                        "slug",
                                "Use lower-case letters, digits and single hyphens, at most " + Slugs.MAX_LENGTH
                                        + " characters, as in acupuncture-for-back-pain.",
                        "reviewerCredentials", "Use at most " + Article.PERSON_LENGTH + " characters."),
                reasons(validator.validate(form)));
    }

    @Test
    void textFieldsMayBeAsLongAsTheArticleKeepsAndNoLonger() {
        var longest = complete();
        longest.setTitle("t".repeat(Article.TITLE_LENGTH));
        longest.setSummary("s".repeat(Article.SUMMARY_LENGTH));
        longest.setBody("b".repeat(Article.BODY_LENGTH));
        longest.setAuthor("a".repeat(Article.PERSON_LENGTH));
        longest.setReviewerName("r".repeat(Article.PERSON_LENGTH));
        assertEquals(Map.of(), reasons(validator.validate(longest)));

        var tooLong = complete();
        tooLong.setTitle("t".repeat(Article.TITLE_LENGTH + 1));
        tooLong.setSummary("s".repeat(Article.SUMMARY_LENGTH + 1));
        tooLong.setBody("b".repeat(Article.BODY_LENGTH + 1));
        tooLong.setAuthor("a".repeat(Article.PERSON_LENGTH + 1));
        tooLong.setReviewerName("r".repeat(Article.PERSON_LENGTH + 1));
        assertEquals(
                Map.of(
                        "title", "Use at most " + Article.TITLE_LENGTH + " characters.",
                        "summary", "Use at most " + Article.SUMMARY_LENGTH + " characters.",
                        "body", "The text is too long: at most " + Article.BODY_LENGTH + " characters of HTML.",
                        "author", "Use at most " + Article.PERSON_LENGTH + " characters.",
                        "reviewerName", "Use at most " + Article.PERSON_LENGTH + " characters."),
                reasons(validator.validate(tooLong)));
    }

    /** An empty address is made from the title when the article is saved; spaces around one are stripped. */
    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "ear-seeds", " ear-seeds-2 "})
    void anAddressMayBeEmptyOrLowerCaseWordsWithHyphens(String slug) {
        var form = complete();
        form.setSlug(slug);
        assertEquals(Map.of(), reasons(validator.validate(form)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ear-Seeds", "ear--seeds", "-ear-seeds", "ear seeds", "ear_seeds", "ear-seeds/x"})
    void anAddressOfAnyOtherShapeIsRefused(String slug) {
        var form = complete();
        form.setSlug(slug);
        assertEquals(Set.of("slug"), reasons(validator.validate(form)).keySet());
    }

    @Test
    void theEditServiceChecksTheFormItIsGivenWithTheSameRules() throws NoSuchMethodException {
        var form = complete();
        form.setTitle(null);
        form.setAuthor(" ");
        var executables = validator.forExecutables();
        var service = new ArticleEditService();

        var created = executables.validateParameters(
                service, ArticleEditService.class.getMethod("create", ArticleForm.class), new Object[] {form});
        var saved = executables.validateParameters(
                service,
                ArticleEditService.class.getMethod("save", long.class, long.class, ArticleForm.class),
                new Object[] {1L, 0L, form});

        assertEquals(Set.of("create.arg0.title", "create.arg0.author"), paths(created));
        assertEquals(Set.of("save.arg2.title", "save.arg2.author"), paths(saved));
    }

    @Test
    void aReferenceRowWithoutItsTitleIsRefusedNextToThatField() {
        var form = complete();
        form.getReferences().add(new ReferenceRow());
        form.getReferences().add(new ReferenceRow(null, "https://www.nccih.nih.gov/health/acupuncture"));

        var refused = assertThrows(InvalidInputException.class, form::toContent);

        assertEquals("references:1:title", refused.getField());
        assertEquals("Give the reference a title.", refused.getMessage());
    }

    @Test
    void aReferenceRowWithoutAWebAddressOrDoiIsRefusedNextToItsLocation() {
        var form = complete();
        form.getReferences().add(new ReferenceRow("A study", "just words"));

        var refused = assertThrows(InvalidInputException.class, form::toContent);

        assertEquals("references:0:location", refused.getField());
        assertTrue(refused.getMessage().startsWith("Enter a web address"), refused.getMessage());
    }

    @Test
    void theFormHoldsWhatTheArticleKeepsAndGivesItBack() {
        var content = complete().toContent();
        var withReference = new ArticleContent(
                content.title(),
                content.slug(),
                content.summary(),
                content.bodyHtml(),
                7L,
                content.authorName(),
                "Dr. Mei Chen",
                "DACM",
                null,
                null,
                true,
                false,
                List.of(3L, 5L),
                List.of(new Reference("A study", "10.1001/archinternmed.2012.3654")));

        assertEquals(withReference, ArticleForm.of(withReference).toContent());
    }

    private static ArticleForm complete() {
        var form = new ArticleForm();
        form.setTitle("Ear Seeds and Sleep");
        form.setSlug("");
        form.setSummary("Small seeds on ear points help some people sleep.");
        form.setBody("<p>Ear seeds press gently on points linked to rest.</p>");
        form.setAuthor("Dr. Lena Park, L.Ac.");
        return form;
    }

    private static Map<String, String> reasons(Set<ConstraintViolation<ArticleForm>> violations) {
        var reasons = new TreeMap<String, String>();
        violations.forEach(violation -> reasons.merge(
                violation.getPropertyPath().toString(), violation.getMessage(), (one, other) -> one + " / " + other));
        return reasons;
    }

    private static Set<String> paths(Set<ConstraintViolation<ArticleEditService>> violations) {
        return violations.stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }
}
