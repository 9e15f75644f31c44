package org.meridian.contact;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What a patient typed into the contact form, as text, and the rules it must meet before it is stored. The rules
 * live here rather than in Faces validators so that every broken rule is reported at once, in form order, for the
 * summary at the top of the form and the message beside each field.
 */
public class ContactForm {

    public static final int NAME_LENGTH = 120;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;
    public static final int TIMES_LENGTH = 200;
    public static final int MESSAGE_LENGTH = 1000;
    public static final int MAX_LINKS = 1;

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ().\\-]+");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private String name;
    private String phone;
    private String email;
    private String contactMethod;
    private String preferredTimes;
    private String patientType;
    private String message;
    private String condition;
    private boolean consent;

    /**
     * The broken rules, field name to message, in the order the fields appear on the form; empty when the form may
     * be stored.
     *
     * @param knownCondition tells whether a condition slug names a condition patients may choose
     */
    public Map<String, String> validate(Predicate<String> knownCondition) {
        var errors = new LinkedHashMap<String, String>();
        if (isBlank(name)) {
            errors.put("name", "Please enter your name.");
        } else if (name.strip().length() > NAME_LENGTH) {
            errors.put("name", "Please shorten your name to " + NAME_LENGTH + " characters.");
        }
        if (isBlank(phone) && isBlank(email)) {
            errors.put("phone", "Please give a phone number or an email address, so we can reach you.");
        }
        if (!isBlank(phone) && !isValidPhone(phone)) {
            errors.put("phone", "Please enter a phone number with its area code, for example (916) 555-0100.");
        }
        if (!isBlank(email) && !isValidEmail(email)) {
            errors.put("email", "Please enter an email address like name@example.com.");
        }
        var method = enumValue(ContactMethod.class, contactMethod);
        if (method == null) {
            errors.put("contactMethod", "Please choose how we should contact you.");
        } else if (method == ContactMethod.PHONE && isBlank(phone)) {
            errors.put("contactMethod", "You chose phone: please give a phone number too.");
        } else if (method == ContactMethod.EMAIL && isBlank(email)) {
            errors.put("contactMethod", "You chose email: please give an email address too.");
        }
        if (!isBlank(preferredTimes) && preferredTimes.strip().length() > TIMES_LENGTH) {
            errors.put("preferredTimes", "Please shorten the times to " + TIMES_LENGTH + " characters.");
        }
        if (enumValue(PatientType.class, patientType) == null) {
            errors.put("patientType", "Please tell us whether you have been to the clinic before.");
        }
        if (!isBlank(message)) {
            var length = message.strip().length();
            if (length > MESSAGE_LENGTH) {
                errors.put(
                        "message",
                        "Please shorten your message to " + MESSAGE_LENGTH + " characters (it has " + length + ").");
            } else if (LINK.matcher(message).results().count() > MAX_LINKS) {
                errors.put("message", "Please leave out web links: a message may contain at most one.");
            }
        }
        if (!isBlank(condition) && !knownCondition.test(condition)) {
            errors.put("condition", "Please choose a condition from the list.");
        }
        if (!consent) {
            errors.put("consent", "Please agree to the privacy notice, so we may store your request.");
        }
        return errors;
    }

    static boolean isValidPhone(String phone) {
        var text = phone.strip();
        if (text.length() > PHONE_LENGTH || !PHONE_CHARACTERS.matcher(text).matches()) {
            return false;
        }
        var digits = digits(text).length();
        return digits >= 10 && digits <= 15;
    }

    static boolean isValidEmail(String email) {
        var text = email.strip();
        return text.length() <= EMAIL_LENGTH && EMAIL.matcher(text).matches();
    }

    /** The digits of a phone number. */
    public static String digits(String phone) {
        return phone == null ? null : NOT_DIGIT.matcher(phone).replaceAll("");
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
        return CONTROL.matcher(text.strip()).replaceAll("");
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
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
