package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the contact form, checked by a real Bean Validation provider as the service checks them. */
class ContactFormTest {

    private static final List<String> KNOWN_CONDITIONS = List.of("sciatica", "back-pain");

    private final ValidatorFactory factory = Validation.byDefaultProvider()
            .configure()
            .constraintValidatorFactory(new KnownConditions())
            .buildValidatorFactory();
    private final Validator validator = factory.getValidator();

    @AfterEach
    void close() {
        factory.close();
    }

    private static ContactForm valid() {
        var form = new ContactForm();
        form.setName("Jane Doe");
        form.setPhone("(916) 555-0100");
        form.setContactMethod("PHONE");
        form.setPatientType("NEW");
        form.setCondition("sciatica");
        form.setConsent(true);
        return form;
    }

    private Map<String, String> errors(ContactForm form) {
        return ContactForm.fieldErrors(validator.validate(form));
    }

    @Test
    void acceptsACompleteForm() {
        assertTrue(errors(valid()).isEmpty());
    }

    @Test
    void rejectsRequestWithoutPhoneOrEmail() {
        var form = valid();
        form.setPhone(" ");
        form.setContactMethod("EITHER");
        assertEquals(List.of("phone"), List.copyOf(errors(form).keySet()));
    }

    @Test
    void acceptsEmailWithoutPhone() {
        var form = valid();
        form.setPhone(null);
        form.setEmail("jane@example.com");
        form.setContactMethod("EMAIL");
        assertTrue(errors(form).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "555-0100", "call me", "(916) 555-0100 ext 4", "+1 916 555 0100 1234 5678"})
    void rejectsPhoneNumbersThatCannotBeDialled(String phone) {
        var form = valid();
        form.setPhone(phone);
        assertTrue(errors(form).get("phone").startsWith("Please enter a phone number with its area code"), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(916) 555-0100", "916.555.0100", "+1 916 555 0100", "+44 20 7946 0958"})
    void acceptsPhoneNumbersWithTheirAreaCode(String phone) {
        var form = valid();
        form.setPhone(phone);
        assertTrue(errors(form).isEmpty(), phone);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jane",
                "jane@",
                "jane@example",
                "jane doe@example.com",
                "@example.com",
                "x@example.org<script>alert(902)</script>",
                "<jane@example.com>",
                "jane@example..com",
                "jane@-example.com",
                "jane@example.c0m"
            })
    void rejectsMalformedEmail(String email) {
        var form = valid();
        form.setEmail(email);
        assertTrue(errors(form).containsKey("email"), email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "o'neil+clinic@mail.example.co.uk", "josé@correo.example.mx"})
    void acceptsEmailAddressesAsPeopleHaveThem(String email) {
        var form = valid();
        form.setEmail(email);
        assertTrue(errors(form).isEmpty(), email);
    }

    @Test
    void limitsEachFieldToItsColumnInTheDatabase() {
        var form = valid();
        form.setName("x".repeat(ContactRequest.NAME_LENGTH));
        form.setEmail("a".repeat(ContactRequest.EMAIL_LENGTH - "@example.com".length()) + "@example.com");
        form.setPreferredTimes("x".repeat(ContactRequest.TIMES_LENGTH));
        assertTrue(errors(form).isEmpty());

        form.setName("x".repeat(ContactRequest.NAME_LENGTH + 1));
        form.setEmail("a" + form.getEmail());
        form.setPreferredTimes("x".repeat(ContactRequest.TIMES_LENGTH + 1));
        var errors = errors(form);
        assertEquals(List.of("name", "email", "preferredTimes"), List.copyOf(errors.keySet()));
        assertEquals("Please shorten your name to " + ContactRequest.NAME_LENGTH + " characters.", errors.get("name"));
        assertEquals(
                "Please shorten the times to " + ContactRequest.TIMES_LENGTH + " characters.",
                errors.get("preferredTimes"));
    }

    @Test
    void contactMethodMustMatchTheDetailsGiven() {
        var form = valid();
        form.setContactMethod("EMAIL");
        assertTrue(errors(form).get("contactMethod").contains("email address"));
        form.setContactMethod("CARRIER_PIGEON");
        assertEquals("Please choose how we should contact you.", errors(form).get("contactMethod"));
    }

    @Test
    void messageIsLimitedInLengthAndLinks() {
        var form = valid();
        form.setMessage("x".repeat(ContactRequest.MESSAGE_LENGTH));
        assertTrue(errors(form).isEmpty());
        form.setMessage("x".repeat(ContactRequest.MESSAGE_LENGTH + 1));
        assertTrue(errors(form).get("message").contains("1001"));
        form.setMessage("My old clinic: https://example.com");
        assertTrue(errors(form).isEmpty());
        form.setMessage("cheap https://a.example and WWW.b.example");
        assertTrue(errors(form).get("message").contains("link"));
    }

    @Test
    void unknownConditionMissingPatientTypeAndConsentAreEachReported() {
        var form = valid();
        form.setCondition("no-such-condition");
        form.setPatientType(null);
        form.setConsent(false);
        form.setName("");
        assertEquals(
                List.of("name", "patientType", "condition", "consent"),
                List.copyOf(errors(form).keySet()));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceInFormOrderRulesAcrossFieldsToo() {
        var form = new ContactForm();
        form.setEmail("jane@");
        form.setContactMethod("PHONE");
        form.setMessage("x".repeat(ContactRequest.MESSAGE_LENGTH + 5));

        assertEquals(
                Map.of(
                        "name", "Please enter your name.",
                        "email", "Please enter an email address like name@example.com.",
                        "contactMethod", "You chose phone: please give a phone number too.",
                        "patientType", "Please tell us whether you have been to the clinic before.",
                        "message", "Please shorten your message to 1000 characters (it has 1005).",
                        "consent", "Please agree to the privacy notice, so we may store your request."),
                errors(form));
        assertEquals(
                List.of("name", "email", "contactMethod", "patientType", "message", "consent"),
                List.copyOf(errors(form).keySet()));
    }

    @Test
    void serviceChecksTheFormItIsGivenWithTheSameRules() throws Exception {
        var submit = ContactService.class.getMethod("submit", ContactForm.class, String.class);
        var form = valid();
        form.setName(null);
        form.setPhone(null);
        form.setContactMethod("EITHER");

        var violations =
                validator.forExecutables().validateParameters(new ContactService(), submit, new Object[] {form, "key"});

        assertEquals(
                Map.of(
                        "name", "Please enter your name.",
                        "phone", "Please give a phone number or an email address, so we can reach you."),
                ContactForm.fieldErrors(violations));
        assertTrue(validator
                .forExecutables()
                .validateParameters(new ContactService(), submit, new Object[] {valid(), "key"})
                .isEmpty());
    }

    @Test
    void requestRefusesAFormThatLacksWhatItCannotBeWithout() {
        var noConsent = valid();
        noConsent.setConsent(false);
        assertThrows(IllegalArgumentException.class, () -> request(noConsent));
        var noWayToAnswer = valid();
        noWayToAnswer.setPhone(" ");
        assertThrows(IllegalArgumentException.class, () -> request(noWayToAnswer));
        var noName = valid();
        noName.setName(null);
        assertThrows(NullPointerException.class, () -> request(noName));
        assertEquals("Jane Doe", request(valid()).getName());
    }

    private static ContactRequest request(ContactForm form) {
        return new ContactRequest(form, null, "ABCD-EFGH", "key", Instant.now());
    }

    @Test
    void normalisesEmailAndPhoneForFindingThemAgain() {
        assertEquals("jane@example.com", ContactForm.normalizedEmail("  Jane@Example.COM "));
        assertEquals("19165550100", ContactForm.digits("+1 (916) 555-0100"));
        assertEquals("9165550100", ContactForm.phoneKey("+1 (916) 555-0100"));
        assertEquals("9165550100", ContactForm.phoneKey("916.555.0100"));
        assertEquals("442079460958", ContactForm.phoneKey("+44 20 7946 0958"));
        assertFalse(ContactForm.clean("a\u0000b").contains("\u0000"));
    }

    /**
     * The provider's validators, but conditions known from a list: on the server the container injects the
     * condition service into that validator.
     */
    private static final class KnownConditions implements ConstraintValidatorFactory {

        private final ConstraintValidatorFactory standard =
                Validation.byDefaultProvider().configure().getDefaultConstraintValidatorFactory();

        @Override
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == ContactFormRules.KnownCondition.Validator.class) {
                return key.cast(new ContactFormRules.KnownCondition.Validator(KNOWN_CONDITIONS::contains));
            }
            return standard.getInstance(key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
            standard.releaseInstance(instance);
        }
    }
}
