package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactFormTest {

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

    private static boolean known(String slug) {
        return List.of("sciatica", "back-pain").contains(slug);
    }

    @Test
    void acceptsACompleteForm() {
        assertTrue(valid().validate(ContactFormTest::known).isEmpty());
    }

    @Test
    void rejectsRequestWithoutPhoneOrEmail() {
        var form = valid();
        form.setPhone(" ");
        form.setContactMethod("EITHER");
        assertEquals(
                List.of("phone"),
                List.copyOf(form.validate(ContactFormTest::known).keySet()));
    }

    @Test
    void acceptsEmailWithoutPhone() {
        var form = valid();
        form.setPhone(null);
        form.setEmail("jane@example.com");
        form.setContactMethod("EMAIL");
        assertTrue(form.validate(ContactFormTest::known).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "555-0100", "call me", "(916) 555-0100 ext 4", "+1 916 555 0100 1234 5678"})
    void rejectsPhoneNumbersThatCannotBeDialled(String phone) {
        var form = valid();
        form.setPhone(phone);
        assertTrue(form.validate(ContactFormTest::known).containsKey("phone"), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(916) 555-0100", "916.555.0100", "+1 916 555 0100", "+44 20 7946 0958"})
    void acceptsPhoneNumbersWithTheirAreaCode(String phone) {
        var form = valid();
        form.setPhone(phone);
        assertTrue(form.validate(ContactFormTest::known).isEmpty(), phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane", "jane@", "jane@example", "jane doe@example.com", "@example.com"})
    void rejectsMalformedEmail(String email) {
        var form = valid();
        form.setEmail(email);
        assertTrue(form.validate(ContactFormTest::known).containsKey("email"), email);
    }

    @Test
    void contactMethodMustMatchTheDetailsGiven() {
        var form = valid();
        form.setContactMethod("EMAIL");
        assertTrue(form.validate(ContactFormTest::known).get("contactMethod").contains("email address"));
        form.setContactMethod("CARRIER_PIGEON");
        assertTrue(form.validate(ContactFormTest::known).containsKey("contactMethod"));
    }

    @Test
    void messageIsLimitedInLengthAndLinks() {
        var form = valid();
        form.setMessage("x".repeat(ContactForm.MESSAGE_LENGTH));
        assertTrue(form.validate(ContactFormTest::known).isEmpty());
        form.setMessage("x".repeat(ContactForm.MESSAGE_LENGTH + 1));
        assertTrue(form.validate(ContactFormTest::known).get("message").contains("1001"));
        form.setMessage("My old clinic: https://example.com");
        assertTrue(form.validate(ContactFormTest::known).isEmpty());
        form.setMessage("cheap https://a.example and WWW.b.example");
        assertTrue(form.validate(ContactFormTest::known).get("message").contains("link"));
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
                List.copyOf(form.validate(ContactFormTest::known).keySet()));
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
}
