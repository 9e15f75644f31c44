package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meridian.system.DateFormats;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The inbox of patient requests in the console, {@code /admin/requests}: filter, page, export, erase. */
@Named
@ViewScoped
public class RequestInboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContactService contactService;

    @Inject
    private MailOutbox outbox;

    @Inject
    private DateFormats dates;

    private RequestStatus status;
    private String text;
    private String eraseEmail;
    private String erasePhone;
    private LazyDataModel<ContactRequest> requests;
    private Map<Long, OutboxMail> mail = new HashMap<>();
    private boolean mailConfigured;
    private List<OutboxMail> pendingMail = List.of();

    @PostConstruct
    void init() {
        requests = new Requests();
        loadMailState();
    }

    /** Applies the filter: the table reloads its first page. */
    public void filter() {
        loadMailState();
    }

    public void export() {
        var all = contactService.export(currentFilter());
        var bytes = new ByteArrayOutputStream();
        // A byte order mark, so spreadsheets read the names' accents as UTF-8.
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        RequestCsv.write(all, dates.getZone(), new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        Faces.sendFile(bytes.toByteArray(), "patient-requests-" + LocalDate.now(dates.getZone()) + ".csv", true);
    }

    public void erase() {
        try {
            var erased = contactService.erase(eraseEmail, erasePhone);
            Messages.addGlobal(new FacesMessage(
                    FacesMessage.SEVERITY_INFO,
                    erased == 0
                            ? "No request of that person was found."
                            : "Erased " + erased + (erased == 1 ? " request" : " requests") + " of that person.",
                    null));
            eraseEmail = null;
            erasePhone = null;
            loadMailState();
        } catch (IllegalArgumentException e) {
            Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    private void loadMailState() {
        mailConfigured = outbox.isMailConfigured();
        pendingMail = outbox.pending();
    }

    private RequestFilter currentFilter() {
        return new RequestFilter(status, text);
    }

    /** The notification of a request: "Sent", "Waiting (3 attempts)", or "Off" without SMTP. */
    public String mailStatus(ContactRequest request) {
        var notification = mail.get(request.getId());
        if (notification == null) {
            return mailConfigured ? "Not queued" : "Off";
        }
        if (notification.isSent()) {
            return "Sent";
        }
        return notification.getAttempts() == 0 ? "Waiting" : "Waiting (" + notification.getAttempts() + " failed)";
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public LazyDataModel<ContactRequest> getRequests() {
        return requests;
    }

    public boolean isMailConfigured() {
        return mailConfigured;
    }

    public List<OutboxMail> getPendingMail() {
        return pendingMail;
    }

    /** The most recent error of the mail waiting longest, for the warning above the table. */
    public OutboxMail getOldestPendingMail() {
        return pendingMail.isEmpty() ? null : pendingMail.get(0);
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEraseEmail() {
        return eraseEmail;
    }

    public void setEraseEmail(String eraseEmail) {
        this.eraseEmail = eraseEmail;
    }

    public String getErasePhone() {
        return erasePhone;
    }

    public void setErasePhone(String erasePhone) {
        this.erasePhone = erasePhone;
    }

    /** One page of requests at a time, from the database, with the state of their notification mail. */
    private class Requests extends LazyDataModel<ContactRequest> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) contactService.count(currentFilter());
        }

        @Override
        public List<ContactRequest> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = contactService.list(currentFilter(), first, pageSize);
            mail = new HashMap<>(contactService.mailOf(page));
            return page;
        }

        @Override
        public String getRowKey(ContactRequest request) {
            return String.valueOf(request.getId());
        }
    }
}
