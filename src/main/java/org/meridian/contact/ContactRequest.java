package org.meridian.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.meridian.condition.Condition;

/**
 * A patient's contact or appointment request: personal health data. It is stored before anything else happens,
 * read only by staff, and deleted after the retention period. It deliberately has no {@code toString} with content,
 * so no log line can carry what a patient wrote.
 */
@Entity
@Table(name = "contact_request")
@NamedQuery(
        name = ContactRequest.BY_SUBMISSION_KEY,
        query = "select r from ContactRequest r where r.submissionKey = :key")
@NamedQuery(
        name = ContactRequest.BY_ID_WITH_CONDITION,
        query = "select r from ContactRequest r left join fetch r.condition where r.id = :id")
@NamedQuery(name = ContactRequest.MATCHING, query = """
        select r from ContactRequest r left join fetch r.condition
        where (:anyStatus = true or r.status = :status)
          and (:anyText = true or lower(r.name) like :text or r.email like :text or r.phoneDigits like :digits)
        order by r.receivedAt desc, r.id desc""")
@NamedQuery(name = ContactRequest.COUNT_MATCHING, query = """
        select count(r) from ContactRequest r
        where (:anyStatus = true or r.status = :status)
          and (:anyText = true or lower(r.name) like :text or r.email like :text or r.phoneDigits like :digits)""")
@NamedQuery(
        name = ContactRequest.IDS_OF_PERSON,
        query = "select r.id from ContactRequest r where r.email = :email or r.phoneDigits = :digits")
@NamedQuery(
        name = ContactRequest.IDS_RECEIVED_BEFORE,
        query = "select r.id from ContactRequest r where r.receivedAt < :cutoff")
@NamedQuery(name = ContactRequest.REFERENCE_OF, query = "select r.reference from ContactRequest r where r.id = :id")
@NamedQuery(name = ContactRequest.DELETE_BY_IDS, query = "delete from ContactRequest r where r.id in :ids")
public class ContactRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BY_SUBMISSION_KEY = "ContactRequest.bySubmissionKey";
    static final String BY_ID_WITH_CONDITION = "ContactRequest.byIdWithCondition";
    static final String MATCHING = "ContactRequest.matching";
    static final String COUNT_MATCHING = "ContactRequest.countMatching";
    static final String IDS_OF_PERSON = "ContactRequest.idsOfPerson";
    static final String IDS_RECEIVED_BEFORE = "ContactRequest.idsReceivedBefore";
    static final String REFERENCE_OF = "ContactRequest.referenceOf";
    static final String DELETE_BY_IDS = "ContactRequest.deleteByIds";

    public static final int NAME_LENGTH = 120;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 200;
    public static final int TIMES_LENGTH = 200;
    public static final int MESSAGE_LENGTH = 1000;
    public static final int NOTES_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "contact_request_seq", sequenceName = "contact_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_request_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 12, updatable = false)
    private String reference;

    @Column(name = "submission_key", nullable = false, unique = true, length = 64, updatable = false)
    private String submissionKey;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, length = NAME_LENGTH, updatable = false)
    private String name;

    @Column(length = PHONE_LENGTH, updatable = false)
    private String phone;

    @Column(name = "phone_digits", length = 20, updatable = false)
    private String phoneDigits;

    @Column(length = EMAIL_LENGTH, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_method", nullable = false, length = 10, updatable = false)
    private ContactMethod contactMethod;

    @Column(name = "preferred_times", length = TIMES_LENGTH, updatable = false)
    private String preferredTimes;

    @Enumerated(EnumType.STRING)
    @Column(name = "patient_type", nullable = false, length = 10, updatable = false)
    private PatientType patientType;

    @Column(length = MESSAGE_LENGTH, updatable = false)
    private String message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "condition_id")
    private Condition condition;

    @Column(name = "consented_at", nullable = false, updatable = false)
    private Instant consentedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status;

    @Size(max = NOTES_LENGTH)
    @Column(name = "staff_notes", length = NOTES_LENGTH)
    private String staffNotes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ContactRequest() {}

    /**
     * A new request from a form that passed its rules ({@link ContactForm}). The request checks only what it cannot
     * be without: consent, a name, a way to answer, and the choices the form offers.
     *
     * @param condition the condition the patient chose, or null
     */
    public ContactRequest(
            ContactForm form, Condition condition, String reference, String submissionKey, Instant receivedAt) {
        if (!form.isConsent()) {
            throw new IllegalArgumentException("A request is stored only with the patient's consent");
        }
        this.reference = Objects.requireNonNull(reference);
        this.submissionKey = Objects.requireNonNull(submissionKey);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.name = Objects.requireNonNull(ContactForm.clean(form.getName()), "A request needs a name");
        this.phone = ContactForm.clean(form.getPhone());
        this.phoneDigits = ContactForm.phoneKey(phone);
        this.email = ContactForm.normalizedEmail(form.getEmail());
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A request needs a phone number or an email address");
        }
        this.contactMethod = ContactMethod.valueOf(form.getContactMethod());
        this.preferredTimes = ContactForm.clean(form.getPreferredTimes());
        this.patientType = PatientType.valueOf(form.getPatientType());
        this.message = ContactForm.clean(form.getMessage());
        this.condition = condition;
        this.consentedAt = receivedAt;
        this.status = RequestStatus.NEW;
        this.updatedAt = receivedAt;
    }

    /** Staff's handling of the request: its status and their notes. */
    public void handle(RequestStatus newStatus, String newNotes, Instant now) {
        this.status = Objects.requireNonNull(newStatus);
        var notes = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
        if (notes != null && notes.length() > NOTES_LENGTH) {
            throw new IllegalArgumentException("Staff notes are limited to " + NOTES_LENGTH + " characters");
        }
        this.staffNotes = notes;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public ContactMethod getContactMethod() {
        return contactMethod;
    }

    public String getPreferredTimes() {
        return preferredTimes;
    }

    public PatientType getPatientType() {
        return patientType;
    }

    public String getMessage() {
        return message;
    }

    public Condition getCondition() {
        return condition;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getStaffNotes() {
        return staffNotes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
