package org.meridian.contact;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.meridian.condition.ConditionService;

/**
 * The constraints of {@link ContactForm} that the standard ones cannot say, each with its validator. A blank field
 * passes each of them: whether a field is required is said by {@code @NotBlank} or {@link Reachable}.
 */
public final class ContactFormRules {

    private ContactFormRules() {}

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A phone number that can be dialled: 10 to 15 digits, with the usual separators, area code included. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Phone.Validator.class)
    public @interface Phone {
        String message();

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Phone, String> {

            private static final Pattern CHARACTERS = Pattern.compile("\\+?[0-9 ().\\-]+");

            @Override
            public boolean isValid(String phone, ConstraintValidatorContext context) {
                if (isBlank(phone)) {
                    return true;
                }
                var text = phone.strip();
                if (text.length() > ContactRequest.PHONE_LENGTH
                        || !CHARACTERS.matcher(text).matches()) {
                    return false;
                }
                var digits = ContactForm.digits(text).length();
                return digits >= 10 && digits <= 15;
            }
        }
    }

    /** The name of one of the constants of {@link #value()}: a choice the form offers, made. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = OneOf.Validator.class)
    public @interface OneOf {
        Class<? extends Enum<?>> value();

        String message();

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<OneOf, String> {

            private Enum<?>[] choices;

            @Override
            public void initialize(OneOf oneOf) {
                choices = oneOf.value().getEnumConstants();
            }

            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                for (var choice : choices) {
                    if (choice.name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /**
     * A short message with few web links: links are what flood an inbox with advertising. The message says how long
     * the text is, as patients cannot see it counted without JavaScript.
     */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ShortMessage.Validator.class)
    public @interface ShortMessage {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ShortMessage, String> {

            private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");

            @Override
            public boolean isValid(String message, ConstraintValidatorContext context) {
                if (isBlank(message)) {
                    return true;
                }
                var length = message.strip().length();
                String broken;
                if (length > ContactRequest.MESSAGE_LENGTH) {
                    broken = "Please shorten your message to " + ContactRequest.MESSAGE_LENGTH + " characters (it has "
                            + length + ").";
                } else if (LINK.matcher(message).results().count() > ContactForm.MAX_LINKS) {
                    broken = "Please leave out web links: a message may contain at most one.";
                } else {
                    return true;
                }
                // Only numbers of ours go into the template, never the patient's text: templates are interpolated.
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(broken).addConstraintViolation();
                return false;
            }
        }
    }

    /** The slug of a condition patients may choose. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = KnownCondition.Validator.class)
    public @interface KnownCondition {
        String message();

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<KnownCondition, String> {

            private final Predicate<String> known;

            /** Made by the container's validator factory, which injects CDI beans into validators. */
            @Inject
            public Validator(ConditionService conditions) {
                this(slug -> conditions.find(slug).isPresent());
            }

            Validator(Predicate<String> known) {
                this.known = known;
            }

            @Override
            public boolean isValid(String slug, ConstraintValidatorContext context) {
                return isBlank(slug) || known.test(slug);
            }
        }
    }

    /**
     * The clinic can answer: a phone number or an email address is given, and the one the patient asked to be
     * contacted by. Each broken rule is reported on the field the patient has to change.
     */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Reachable.Validator.class)
    public @interface Reachable {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<Reachable, ContactForm> {

            @Override
            public boolean isValid(ContactForm form, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                var noPhone = isBlank(form.getPhone());
                var noEmail = isBlank(form.getEmail());
                var valid = true;
                if (noPhone && noEmail) {
                    valid = broken(
                            context, "phone", "Please give a phone number or an email address, so we can reach you.");
                }
                if (ContactMethod.PHONE.name().equals(form.getContactMethod()) && noPhone) {
                    valid = broken(context, "contactMethod", "You chose phone: please give a phone number too.");
                }
                if (ContactMethod.EMAIL.name().equals(form.getContactMethod()) && noEmail) {
                    valid = broken(context, "contactMethod", "You chose email: please give an email address too.");
                }
                return valid;
            }

            private static boolean broken(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message)
                        .addPropertyNode(field)
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
