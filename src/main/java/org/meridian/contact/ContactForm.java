package org.meridian.contact;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.meridian.contact.ContactFormRules.KnownCondition;
import org.meridian.contact.ContactFormRules.OneOf;
import org.meridian.contact.ContactFormRules.Phone;
import org.meridian.contact.ContactFormRules.Reachable;
import org.meridian.contact.ContactFormRules.ShortMessage;

/**
 * What a patient typed into the contact form, as text, and the rules it must meet before it is stored. The rules are
 * Bean Validation constraints declared here and nowhere else; {@link ContactService#submit} checks them on the form it
 * is given ({@code @Valid}), so every broken rule, those across fields too, is reported at once, and the contact page
 * shows each beside its field. (Faces' own per-field bean validation is off on that page: it would check the fields
 * one by one, without the rules across fields, before the form reaches the service.)
 */
@Reachable
public class ContactForm {

    public static final int MAX_LINKS = 1;

    /** The fields in the order the page shows them: broken rules are listed in this order. */
    static final List<String> FIELDS = List.of(
            "name",
            "phone",
            "email",
            "contactMethod",
            "preferredTimes",
            "patientType",
            "condition",
            "message",
            "consent");

    private static final String EMAIL_RULE = "Please enter an email address like name@example.com.";
    /**
     * An address as people have them: a local part of letters, digits and the usual signs (no brackets, quotes or
     * spaces), a domain of labels of letters, digits and hyphens, and a top-level domain of letters.
     */
    private static final String EMAIL_ADDRESS = "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+"
            + "@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}";

    private static final String NOT_DIGIT = "[^0-9]";
    /** Control characters but line breaks and tabs: they could hide or garble text in the console and the export. */
    private static final String CONTROL = "[\\p{Cntrl}&&[^\\r\\n\\t]]";

    @NotBlank(message = "Please enter your name.")
    @Size(max = ContactRequest.NAME_LENGTH, message = "Please shorten your name to {max} characters.")
    private String name;

    @Phone(message = "Please enter a phone number with its area code, for example (916) 555-0100.")
    private String phone;

    @Pattern(regexp = "\\s*|\\s*" + EMAIL_ADDRESS + "\\s*", message = EMAIL_RULE)
    @Size(max = ContactRequest.EMAIL_LENGTH, message = EMAIL_RULE)
    private String email;

    @OneOf(value = ContactMethod.class, message = "Please choose how we should contact you.")
    private String contactMethod;

    @Size(max = ContactRequest.TIMES_LENGTH, message = "Please shorten the times to {max} characters.")
    private String preferredTimes;

    @OneOf(value = PatientType.class, message = "Please tell us whether you have been to the clinic before.")
    private String patientType;

    @ShortMessage
    private String message;

    @KnownCondition(message = "Please choose a condition from the list.")
    private String condition;

    @AssertTrue(message = "Please agree to the privacy notice, so we may store your request.")
    private boolean consent;

    /**
     * The broken rules, field name to message, in the order the fields appear on the form: one message a field. Takes
     * the violations of the form itself and of a method's form parameter alike (the field is the path's last node).
     */
    public static Map<String, String> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        var byField = new HashMap<String, String>();
        for (var violation : violations) {
            String field = null;
            for (var node : violation.getPropertyPath()) {
                field = node.getName();
            }
            byField.putIfAbsent(field, violation.getMessage());
        }
        var ordered = new LinkedHashMap<String, String>();
        byField.keySet().stream()
                .sorted(Comparator.comparingInt(ContactForm::position))
                .forEach(field -> ordered.put(field, byField.get(field)));
        return ordered;
    }

    /** Where the field is on the form; anything else comes last. */
    private static int position(String field) {
        var index = FIELDS.indexOf(field);
        return index < 0 ? FIELDS.size() : index;
    }

    /** The digits of a phone number. */
    public static String digits(String phone) {
        return phone == null ? null : phone.replaceAll(NOT_DIGIT, "");
    }

    /**
     * The phone number as requests are found again by it, to erase them: its digits, without the North American
     * country code 1, so "+1 916 555 0100" and "(916) 555-0100" are the same number.
     */
    public static String phoneKey(String phone) {
        var digits = digits(phone);
        if (digits == null || digits.isEmpty()) {
            return null;
        }
        return digits.length() == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
    }

    /** Email addresses are stored and compared in lower case: patients do not type them the same way twice. */
    public static String normalizedEmail(String email) {
        return isBlank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static String clean(String text) {
        if (isBlank(text)) {
            return null;
        }
        return text.strip().replaceAll(CONTROL, "");
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getContactMethod() {
        return contactMethod;
    }

    public void setContactMethod(String contactMethod) {
        this.contactMethod = contactMethod;
    }

    public String getPreferredTimes() {
        return preferredTimes;
    }

    public void setPreferredTimes(String preferredTimes) {
        this.preferredTimes = preferredTimes;
    }

    public String getPatientType() {
        return patientType;
    }

    public void setPatientType(String patientType) {
        this.patientType = patientType;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getCondition() {
        return condition;
    }

    public void setCondition(String condition) {
        this.condition = condition;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
