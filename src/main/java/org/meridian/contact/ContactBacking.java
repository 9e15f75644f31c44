package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.contact.ContactSubmissions.Outcome;
import org.meridian.web.ClientAddress;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * The contact / appointment request form on {@code /contact}. The view is transient, so neither showing nor sending
 * the form creates a session. It binds the form, hands it to {@link ContactSubmissions}, and shows the outcome: a stored
 * request redirects to {@code /contact/sent} (Post/Redirect/Get); anything else shows the form again with the
 * patient's input, and each broken rule as a Faces message beside its field and in the summary above the form.
 */
@Named
@RequestScoped
public class ContactBacking {

    /** Fields shown as radio buttons: the summary links to their first button, which takes the focus. */
    private static final Set<String> RADIO_GROUPS = Set.of("contactMethod", "patientType");

    @Inject
    private ContactSubmissions submissions;

    @Inject
    private ConditionService conditionService;

    @Inject
    private FormTokens tokens;

    @Inject
    private ClientAddress clientAddress;

    /** The condition to pre-select, from an article's "Request an appointment" link. */
    @Inject
    @Param(name = "condition")
    private String preselected;

    private final ContactForm form = new ContactForm();
    private List<Condition> conditions;
    private String token;
    private String website;
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
        var outcome = submissions.submit(
                form, new ContactSubmissions.Post(token, website, clientAddress.of(Faces.getRequest())));
        if (outcome instanceof Outcome.Sent sent) {
            redirectToSent(sent.reference());
        } else if (outcome instanceof Outcome.Invalid invalid) {
            var context = FacesContext.getCurrentInstance();
            invalid.errors()
                    .forEach((field, message) ->
                            context.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
        } else if (outcome instanceof Outcome.Expired expired) {
            token = expired.freshToken();
            notice = "This form was open for a long time. Please check your request and send it again.";
        } else if (outcome instanceof Outcome.TooFast) {
            notice = "That was quick! Please check your request, then send it again.";
        } else if (outcome instanceof Outcome.TooMany) {
            Faces.responseSendError(429, "Too many requests");
        } else { // Outcome.NotStored
            notice = "Sorry, we could not save your request just now. Please send it again in a moment, or call us.";
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

    /**
     * The message for one field, or null when it is fine: a broken rule of the form, or a value Faces itself refused
     * (a condition that is not in the list).
     */
    public String error(String field) {
        var messages = FacesContext.getCurrentInstance().getMessageList(field);
        return messages.isEmpty() ? null : messages.get(0).getSummary();
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
        return ContactForm.FIELDS.stream()
                .filter(field -> error(field) != null)
                .map(field -> new FieldError(RADIO_GROUPS.contains(field) ? field + ":0" : field, error(field)))
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
