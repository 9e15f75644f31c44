package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.web.ClientAddress;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The contact / appointment request form on {@code /contact}. The view is transient, so neither showing nor sending
 * the form creates a session. A stored request redirects to {@code /contact/sent} (Post/Redirect/Get); anything else
 * shows the form again with the patient's input and a message beside each field that needs attention.
 */
@Named
@RequestScoped
public class ContactBacking {

    private static final Logger LOG = Logger.getLogger(ContactBacking.class.getName());
    /** Fields shown as radio buttons: the summary links to their first button, which takes the focus. */
    private static final Set<String> RADIO_GROUPS = Set.of("contactMethod", "patientType");

    @Inject
    private ContactService contactService;

    @Inject
    private ConditionService conditionService;

    @Inject
    private FormTokens tokens;

    @Inject
    private SubmissionGuard guard;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private MailDispatcher dispatcher;

    /** The condition to pre-select, from an article's "Request an appointment" link. */
    @Inject
    @Param(name = "condition")
    private String preselected;

    private final ContactForm form = new ContactForm();
    private List<Condition> conditions;
    private String token;
    private String website;
    private Map<String, String> errors = Map.of();
    private String notice;

    @PostConstruct
    void init() {
        conditions = conditionService.all();
        if (!Faces.isPostback()) {
            token = tokens.issue(Instant.now());
            if (preselected != null
                    && conditions.stream().anyMatch(c -> c.getSlug().equals(preselected))) {
                form.setCondition(preselected);
            }
        }
    }

    public void send() {
        var now = Instant.now();
        var verified = tokens.verify(token, now);
        if (verified.isEmpty()) {
            token = tokens.issue(now);
            notice = "This form was open for a long time. Please check your request and send it again.";
            return;
        }
        // After the token, which costs no database read: posts without a form of ours never reach the counts.
        var address = clientAddress.of(Faces.getRequest());
        if (!guard.allows(address, now)) {
            Faces.responseSendError(429, "Too many requests");
            return;
        }
        if (website != null && !website.isBlank()) {
            // A field only robots see was filled in: answer as if all went well, store nothing.
            guard.record(address, now);
            LOG.fine("Contact form with the honeypot field filled in ignored");
            redirectToSent(References.next());
            return;
        }
        if (guard.isTooFast(verified.get(), now)) {
            notice = "That was quick! Please check your request, then send it again.";
            return;
        }
        errors = form.validate(contactService::isKnownCondition);
        if (!errors.isEmpty()) {
            return;
        }
        var reference = store(verified.get().submissionKey(), address, now);
        if (reference.isEmpty()) {
            notice = "Sorry, we could not save your request just now. Please send it again in a moment, or call us.";
            return;
        }
        redirectToSent(reference.get());
    }

    /** Stores the request and has its mail sent; the reference, or empty when the database failed. */
    private Optional<String> store(String submissionKey, String address, Instant now) {
        try {
            var submission = contactService.submit(form, submissionKey);
            if (submission.created()) {
                guard.record(address, now);
                dispatcher.dispatchSoon();
            }
            return Optional.of(submission.reference());
        } catch (RuntimeException e) {
            // Either the same form was sent twice at once and the other post stored it, or the database failed and
            // the patient keeps the form to send again. Only the exception's class is logged: its message may quote
            // what the patient wrote.
            LOG.log(
                    Level.WARNING,
                    "A contact request was not stored by this post: {0}",
                    e.getClass().getName());
            try {
                return contactService.referenceOf(submissionKey);
            } catch (RuntimeException again) {
                return Optional.empty();
            }
        }
    }

    private static void redirectToSent(String reference) {
        // 303 See Other: the browser fetches the confirmation with GET, and reloading it does not post again.
        var response = (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", Faces.getRequestContextPath() + "/contact/sent?ref=" + reference);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** The message for one field, or null when it is fine. */
    public String error(String field) {
        return errors.get(field);
    }

    public ContactForm getForm() {
        return form;
    }

    public List<Condition> getConditions() {
        return conditions;
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    public PatientType[] getPatientTypes() {
        return PatientType.values();
    }

    public int getMessageLength() {
        return ContactForm.MESSAGE_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    /** The broken rules in form order, for the summary above the form, each linking to its field. */
    public List<FieldError> getErrorList() {
        return errors.entrySet().stream()
                .map(error -> new FieldError(
                        RADIO_GROUPS.contains(error.getKey()) ? error.getKey() + ":0" : error.getKey(),
                        error.getValue()))
                .toList();
    }

    /**
     * One broken rule of the form.
     *
     * @param anchor the id of the element that takes the patient to the field
     */
    public record FieldError(String anchor, String message) {}

    public String getNotice() {
        return notice;
    }
}
