package org.meridian.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import org.meridian.audit.AuditEvent;
import org.meridian.system.HttpErrors;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

/** One patient request in the console, {@code /admin/requests/{id}}: read it, set its status, keep notes. */
@Named
@ViewScoped
public class RequestDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Param(pathIndex = 0)
    private String idText;

    @Inject
    private ContactService contactService;

    private ContactRequest request;
    private OutboxMail mail;
    private List<AuditEvent> trail = List.of();
    private RequestStatus status;
    private String notes;

    public void load() {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            HttpErrors.notFound();
            return;
        }
        var found = contactService.view(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        show(found.get());
    }

    public void save() {
        try {
            show(contactService.handle(request.getId(), request.getVersion(), status, notes));
            Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved.", null));
        } catch (OptimisticLockException e) {
            Messages.addGlobal(new FacesMessage(
                    FacesMessage.SEVERITY_WARN,
                    "Someone else changed this request "
                            + "meanwhile. Reload the page to see their change, then make yours again.",
                    null));
        } catch (IllegalArgumentException e) {
            Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
    }

    private void show(ContactRequest shown) {
        request = shown;
        status = shown.getStatus();
        notes = shown.getStaffNotes();
        mail = contactService.mailOf(List.of(shown)).get(shown.getId());
        trail = contactService.trailOf(shown.getId());
    }

    public ContactRequest getRequest() {
        return request;
    }

    public OutboxMail getMail() {
        return mail;
    }

    public List<AuditEvent> getTrail() {
        return trail;
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public int getNotesLength() {
        return ContactRequest.NOTES_LENGTH;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
