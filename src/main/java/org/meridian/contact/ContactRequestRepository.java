package org.meridian.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class ContactRequestRepository {

    @PersistenceContext
    private EntityManager entityManager;

    public void save(ContactRequest request) {
        entityManager.persist(request);
    }

    public Optional<ContactRequest> find(long id) {
        return entityManager
                .createNamedQuery(ContactRequest.BY_ID_WITH_CONDITION, ContactRequest.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<ContactRequest> findBySubmissionKey(String key) {
        return entityManager
                .createNamedQuery(ContactRequest.BY_SUBMISSION_KEY, ContactRequest.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** One page of the requests that match, newest first. */
    public List<ContactRequest> findMatching(RequestFilter filter, int first, int max) {
        return filtered(entityManager.createNamedQuery(ContactRequest.MATCHING, ContactRequest.class), filter)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countMatching(RequestFilter filter) {
        return filtered(entityManager.createNamedQuery(ContactRequest.COUNT_MATCHING, Long.class), filter)
                .getSingleResult();
    }

    /** The requests of the person with this email address or phone number (either may be null). */
    public List<Long> idsOfPerson(String email, String phoneDigits) {
        return entityManager
                .createNamedQuery(ContactRequest.IDS_OF_PERSON, Long.class)
                .setParameter("email", email == null ? "" : email)
                .setParameter("digits", phoneDigits == null ? "" : phoneDigits)
                .getResultList();
    }

    public List<Long> idsReceivedBefore(Instant cutoff) {
        return entityManager
                .createNamedQuery(ContactRequest.IDS_RECEIVED_BEFORE, Long.class)
                .setParameter("cutoff", cutoff)
                .getResultList();
    }

    /** Deletes the requests; their outbox mail goes with them (the foreign key cascades). */
    public int delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return entityManager
                .createNamedQuery(ContactRequest.DELETE_BY_IDS)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> query, RequestFilter filter) {
        var text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        var digits = ContactForm.phoneKey(text);
        return query.setParameter("anyStatus", filter.status() == null)
                .setParameter("status", filter.status() == null ? RequestStatus.NEW : filter.status())
                .setParameter("anyText", text.isEmpty())
                .setParameter("text", "%" + text + "%")
                // A search for a name has no digits: it must not match every phone number.
                .setParameter("digits", digits == null ? "-" : "%" + digits + "%");
    }
}
