package org.meridian.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditEvent;
import org.meridian.audit.AuditLog;
import org.meridian.audit.AuditSubject;
import org.meridian.condition.ConditionService;

/**
 * Patient requests: storing them as the public form sends them (behind the protections of
 * {@link ContactSubmissions}), and everything staff do with them in the console. Every method that reads or changes a
 * request for staff leaves a line in the audit log, in the transaction of the action itself: no action without its
 * line, no line without its action. The lines name requests by id and never hold what a patient wrote.
 */
@ApplicationScoped
public class ContactService {

    private static final Logger LOG = Logger.getLogger(ContactService.class.getName());

    @Inject
    private ContactRequestRepository repository;

    @Inject
    private ConditionService conditionService;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AuditLog auditLog;

    /**
     * Stores the request and, in the same transaction, its notification mail. A form posted a second time with the
     * same submission key finds the first request instead of adding another. A form that breaks a rule of
     * {@link ContactForm} is refused with a {@link jakarta.validation.ConstraintViolationException} naming every
     * broken rule, and nothing is stored.
     */
    @Transactional
    public Submission submit(@NotNull @Valid ContactForm form, @NotBlank String submissionKey) {
        var earlier = repository.findBySubmissionKey(submissionKey);
        if (earlier.isPresent()) {
            return new Submission(earlier.get().getId(), earlier.get().getReference(), false);
        }
        var condition = form.getCondition() == null || form.getCondition().isBlank()
                ? null
                : conditionService.find(form.getCondition()).orElse(null);
        var request = new ContactRequest(form, condition, References.next(), submissionKey, Instant.now());
        repository.save(request);
        outbox.enqueue(request);
        LOG.info(() -> "Contact request " + request.getId() + " received");
        return new Submission(request.getId(), request.getReference(), true);
    }

    /** The reference of the request stored under this submission key, if one was. */
    public Optional<String> referenceOf(String submissionKey) {
        return repository.findBySubmissionKey(submissionKey).map(ContactRequest::getReference);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public List<ContactRequest> list(@NotNull RequestFilter filter, int first, int max) {
        var page = repository.findMatching(filter, first, max);
        auditLog.record(AuditAction.REQUEST_LISTED, page.size() + " requests", "ids " + ids(page));
        return page;
    }

    @RolesAllowed("ADMIN")
    public long count(@NotNull RequestFilter filter) {
        return repository.countMatching(filter);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public Optional<ContactRequest> view(long id) {
        var request = repository.find(id);
        request.ifPresent(found -> auditLog.record(AuditAction.REQUEST_VIEWED, auditSubject(id), null));
        return request;
    }

    /**
     * Sets the status and the staff notes of a request, unless someone else changed it since {@code version} was
     * read: then an {@link OptimisticLockException} says so and nothing changes.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public ContactRequest handle(long id, long version, @NotNull RequestStatus status, String notes) {
        var request = repository.find(id).orElseThrow(() -> new IllegalArgumentException("No request " + id));
        if (request.getVersion() != version) {
            throw new OptimisticLockException("Request " + id + " was changed by someone else");
        }
        var oldStatus = request.getStatus();
        var oldNotes = request.getStaffNotes();
        request.handle(status, notes, Instant.now());
        if (oldStatus != request.getStatus()) {
            auditLog.record(
                    AuditAction.REQUEST_STATUS_CHANGED, auditSubject(id), oldStatus + " -> " + request.getStatus());
        }
        if (!Objects.equals(oldNotes, request.getStaffNotes())) {
            // Staff notes often repeat what the patient said: the log keeps only that they changed.
            auditLog.record(AuditAction.REQUEST_NOTES_CHANGED, auditSubject(id), null);
        }
        return request;
    }

    /** Every request that matches, for a CSV export. */
    @RolesAllowed("ADMIN")
    @Transactional
    public List<ContactRequest> export(@NotNull RequestFilter filter) {
        var all = repository.findMatching(filter, 0, Integer.MAX_VALUE);
        auditLog.record(AuditAction.REQUEST_EXPORTED, all.size() + " requests", "ids " + ids(all));
        return all;
    }

    /**
     * Erases every request of one person, found by email address or phone number, with their pending mail. The
     * audit trail keeps that they were erased, by whom, but nothing of what they said.
     *
     * @return how many requests were erased
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public int erase(String email, String phone) {
        var normalizedEmail = ContactForm.normalizedEmail(email);
        var phoneKey = ContactForm.phoneKey(phone);
        if (normalizedEmail == null && phoneKey == null) {
            throw new IllegalArgumentException("Give an email address or a phone number");
        }
        var ids = repository.idsOfPerson(normalizedEmail, phoneKey);
        ids.forEach(id -> auditLog.record(AuditAction.REQUEST_ERASED, auditSubject(id), "on request of the person"));
        return repository.delete(ids);
    }

    /**
     * Deletes the requests received before {@code cutoff}, the retention period's end. Run by the scheduler, not by
     * staff, so it needs no role.
     */
    @Transactional
    public int purgeReceivedBefore(@NotNull Instant cutoff) {
        var ids = repository.idsReceivedBefore(cutoff);
        ids.forEach(id -> auditLog.recordAs(
                AuditLog.SYSTEM, AuditAction.REQUEST_PURGED, auditSubject(id), "retention period over"));
        return repository.delete(ids);
    }

    /** The audit trail of one request, for its detail page: oldest first, also of a request already deleted. */
    @RolesAllowed("ADMIN")
    public List<AuditEvent> trailOf(long id) {
        return auditLog.trailOf(auditSubject(id));
    }

    /** The notification mail of each of these requests, by request id. */
    @RolesAllowed("ADMIN")
    public Map<Long, OutboxMail> mailOf(@NotNull List<ContactRequest> requests) {
        return outbox.of(requests.stream().map(ContactRequest::getId).toList()).stream()
                .collect(Collectors.toMap(OutboxMail::getRequestId, Function.identity(), (a, b) -> a));
    }

    /** How the audit log names a request: by id only, which outlives the request and says nothing of its content. */
    private static AuditSubject auditSubject(long requestId) {
        return new AuditSubject("request", requestId);
    }

    private static String ids(List<ContactRequest> requests) {
        return requests.stream().map(request -> String.valueOf(request.getId())).collect(Collectors.joining(","));
    }

    /**
     * What became of a submitted form.
     *
     * @param created false when the form had been sent before and this is the request it made then
     */
    public record Submission(long id, String reference, boolean created) {}
}
