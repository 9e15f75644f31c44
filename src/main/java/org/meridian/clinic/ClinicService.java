package org.meridian.clinic;

import static jakarta.interceptor.Interceptor.Priority.APPLICATION;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;
import org.meridian.security.StaffRole;
import org.meridian.system.EditConflictException;
import org.meridian.system.InvalidInputException;
import org.meridian.system.SiteSettings;

/**
 * The clinic's facts: the one place every page gets its name, phone, address, hours and closures from, read fresh on
 * every request, so a change made here shows on the public pages at once. Only administrators change them.
 */
@ApplicationScoped
public class ClinicService {

    private static final String CLINIC_FACTS = "The clinic's facts";

    @PersistenceContext
    private EntityManager entityManager;

    private volatile ClinicProfile lastProfile;
    private volatile List<ClinicClosure> lastClosures = List.of();

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChanges;

    @Inject
    private SiteSettings site;

    /** The clinic's facts; they exist from the first start on (created with the demo content or by set-up). */
    public ClinicProfile profile() {
        var profile = entityManager.find(ClinicProfile.class, ClinicProfile.ID);
        if (profile == null) {
            throw new IllegalStateException("The clinic profile is missing: the database was not set up");
        }
        lastProfile = profile;
        return profile;
    }

    /** Closures from today on, in the clinic's time zone, soonest first. */
    public List<ClinicClosure> upcomingClosures() {
        var closures = entityManager
                .createNamedQuery(ClinicClosure.FROM, ClinicClosure.class)
                .setParameter("from", LocalDate.now(site.timeZone()))
                .getResultList();
        lastClosures = List.copyOf(closures);
        return closures;
    }

    /**
     * The facts as this instance last read them, for the page shown while the database is out of reach: patients
     * then still see the phone number to call. Empty only before the first read.
     */
    public Optional<ClinicProfile> lastKnownProfile() {
        return Optional.ofNullable(lastProfile);
    }

    /** The closures as this instance last read them (see {@link #lastKnownProfile()}). */
    public List<ClinicClosure> lastKnownClosures() {
        return lastClosures;
    }

    /** Reads the facts once at start, so even the first visitor during a database outage is shown how to call. */
    void readAtStart(@Observes @Priority(APPLICATION + 900) Startup startup) {
        profile();
        upcomingClosures();
    }

    /** Saves an edited copy of the facts, unless someone else saved them since that copy was read. */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public void update(ClinicProfile edited) {
        var profile = profile();
        EditConflictException.check(edited.getVersion(), profile.getVersion(), CLINIC_FACTS);
        var changed = profile.takeFactsFrom(edited);
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(CLINIC_FACTS);
        }
        if (!changed.isEmpty()) {
            auditLog.record(AuditAction.CLINIC_UPDATED, profile.getName(), "Changed: " + String.join(", ", changed));
            contentChanges.record(ContentKind.CLINIC, ClinicProfile.ID);
        }
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public ClinicClosure addClosure(LocalDate day, String reason) {
        if (day == null) {
            throw new InvalidInputException("day", "Enter the day the clinic is closed.");
        }
        if (day.isBefore(LocalDate.now(site.timeZone()))) {
            throw new InvalidInputException("day", "That day has passed. Enter today or a later day.");
        }
        if (reason != null && reason.strip().length() > ClinicClosure.REASON_LENGTH) {
            throw new InvalidInputException("reason", "Use at most " + ClinicClosure.REASON_LENGTH + " characters.");
        }
        var existing = entityManager
                .createNamedQuery(ClinicClosure.ON, ClinicClosure.class)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            throw new InvalidInputException("day", "The clinic is already marked closed on that day.");
        }
        var closure = new ClinicClosure(day, reason);
        entityManager.persist(closure);
        auditLog.record(AuditAction.CLOSURE_ADDED, day.toString(), closure.getReason());
        contentChanges.record(ContentKind.CLINIC, ClinicProfile.ID);
        return closure;
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public void removeClosure(long id) {
        var closure = entityManager.find(ClinicClosure.class, id);
        if (closure != null) {
            entityManager.remove(closure);
            auditLog.record(AuditAction.CLOSURE_REMOVED, closure.getClosedOn().toString(), closure.getReason());
            contentChanges.record(ContentKind.CLINIC, ClinicProfile.ID);
        }
    }
}
