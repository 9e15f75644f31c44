package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.security.AccessDeniedException;
import org.meridian.support.FreshDatabase;
import org.meridian.support.InContainerSignIn;
import org.meridian.support.MeridianDeployment;
import org.meridian.system.ClusterJobLock;

/**
 * What staff and the scheduler do with stored requests, run inside Payara Micro against the real WAR's services and
 * database: retention purge, erasure, CSV export, audit trail, the job lease. Each test makes its own requests.
 * Tests that act as staff sign in first ({@link InContainerSignIn}); the others call as the anonymous test runner.
 *
 * Longer than most classes: it runs inside its own deployment, and each class more would boot another server.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class ContactAdminIT {

    @Inject
    private ContactService contactService;

    @Inject
    private ClusterJobLock lock;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/meridian")
    private DataSource dataSource;

    @Deployment(testable = true)
    static WebArchive deployment() {
        return MeridianDeployment.war().addClasses(ContactAdminIT.class, FreshDatabase.class, InContainerSignIn.class);
    }

    @Test
    void staffMethodsRefuseAnonymousCallers() throws Exception {
        var submitted = submit("Not For Strangers", "(916) 555-0251", null);
        var anyone = new RequestFilter(null, null);

        var refused = assertThrows(AccessDeniedException.class, () -> contactService.view(submitted.id()));
        assertTrue(
                refused.getMessage().startsWith("Anonymous callers may not call ContactService.view"),
                refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> contactService.list(anyone, 0, 10));
        assertThrows(AccessDeniedException.class, () -> contactService.count(anyone));
        assertThrows(
                AccessDeniedException.class,
                () -> contactService.handle(submitted.id(), 0, RequestStatus.CLOSED, null));
        assertThrows(AccessDeniedException.class, () -> contactService.export(anyone));
        assertThrows(AccessDeniedException.class, () -> contactService.erase(null, "(916) 555-0251"));
        assertThrows(AccessDeniedException.class, () -> contactService.trailOf(submitted.id()));
        assertThrows(AccessDeniedException.class, () -> contactService.mailOf(List.of()));
        assertTrue(exists(submitted.id()));
        assertEquals(List.of(), actions(submitted.id()), "a refused call leaves no audit line");
    }

    @Test
    void purgesRequestsOlderThanTheRetentionPeriodByItself() throws Exception {
        var expired = submit("Old Request", "(916) 555-0201", "old.request@example.com");
        var recent = submit("Recent Request", "(916) 555-0202", "recent.request@example.com");
        sql(
                "update contact_request set received_at = ? where id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusDays(91),
                expired.id());

        var deadline = Instant.now().plusSeconds(20);
        while (exists(expired.id()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertFalse(exists(expired.id()), "the scheduler deletes a request received 91 days ago");
        assertTrue(exists(recent.id()), "a request within the 90 days stays");
        assertEquals(List.of("REQUEST_PURGED"), actions(expired.id()));
        assertEquals(0, count("select count(*) from mail_outbox where request_id = " + expired.id()));
        assertEquals(1, count("select count(*) from job_lock where name = 'contact-retention'"));
    }

    @Test
    void formSubmittedTwiceWithOneKeyIsStoredOnce() throws Exception {
        var key = UUID.randomUUID().toString();
        var first = contactService.submit(form("Twice Sent", "(916) 555-0241", null), key);
        var second = contactService.submit(form("Twice Sent", "(916) 555-0241", null), key);
        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.reference(), second.reference());
        assertEquals(1, count("select count(*) from contact_request where submission_key = '" + key + "'"));
        assertEquals(1, count("select count(*) from mail_outbox where request_id = " + first.id()));
    }

    @Test
    void formThatBreaksRulesIsRefusedWithEveryBrokenRuleAndNothingStored() throws Exception {
        var key = UUID.randomUUID().toString();
        var form = form("", null, null);
        form.setCondition("no-such-condition");

        var refused = assertThrows(ConstraintViolationException.class, () -> contactService.submit(form, key));

        assertEquals(
                List.of("name", "phone", "condition"),
                List.copyOf(ContactForm.fieldErrors(refused.getConstraintViolations())
                        .keySet()));
        assertEquals(0, count("select count(*) from contact_request where submission_key = '" + key + "'"));
    }

    @Test
    void erasesEveryRequestOfOnePersonByEmailOrPhone() throws Exception {
        InContainerSignIn.asAdmin(securityContext, request);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var byEmail = submit("Erin Example", "(916) 555-0211", "erin." + tag + "@example.com");
        var byPhone = submit("Erin E.", "916.555.0211", null);
        var someoneElse = submit("Other Person", "(916) 555-0299", "other." + tag + "@example.com");

        var erased = contactService.erase("  ERIN." + tag.toUpperCase() + "@Example.com ", "+1 916 555 0211");

        assertEquals(2, erased);
        assertFalse(exists(byEmail.id()));
        assertFalse(exists(byPhone.id()));
        assertTrue(exists(someoneElse.id()));
        assertEquals(List.of("REQUEST_ERASED"), actions(byEmail.id()));
        assertEquals(
                0,
                count("select count(*) from mail_outbox where request_id in (" + byEmail.id() + "," + byPhone.id()
                        + ")"));
        assertEquals(1, contactService.erase("other." + tag + "@example.com", null));
        assertThrows(IllegalArgumentException.class, () -> contactService.erase(" ", ""));
    }

    @Test
    void exportNeutralisesFormulasAPatientTyped() {
        InContainerSignIn.asAdmin(securityContext, request);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var form = form("=HYPERLINK(\"http://evil.example\",\"click\")", "+1 916 555 0221", tag + "@example.com");
        form.setPreferredTimes("-2+3");
        form.setMessage("@SUM(A1:A9) please");
        contactService.submit(form, UUID.randomUUID().toString());

        var rows = contactService.export(new RequestFilter(null, tag));
        assertEquals(1, rows.size());
        var csv = new StringWriter();
        RequestCsv.write(rows, ZoneId.of("America/Los_Angeles"), csv);
        var lines = csv.toString().split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("\"Reference\",\"Received\""));
        assertTrue(lines[1].contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","), lines[1]);
        assertTrue(lines[1].contains(",\"'+1 916 555 0221\","));
        assertTrue(lines[1].contains(",\"'-2+3\","));
        assertTrue(lines[1].contains(",\"'@SUM(A1:A9) please\","));
    }

    @Test
    void everyViewAndChangeIsAuditedAndAStaleChangeIsRefused() throws Exception {
        InContainerSignIn.asAdmin(securityContext, request);
        var submitted = submit("Audit Me", "(916) 555-0231", null);
        var request = contactService.view(submitted.id()).orElseThrow();
        contactService.handle(request.getId(), request.getVersion(), RequestStatus.CONTACTED, "Left a voicemail");
        assertThrows(
                OptimisticLockException.class,
                () -> contactService.handle(
                        request.getId(), request.getVersion(), RequestStatus.BOOKED, "Booked for Tuesday"));
        var handled = contactService.view(submitted.id()).orElseThrow();
        contactService.handle(handled.getId(), handled.getVersion(), RequestStatus.BOOKED, "Left a voicemail");

        assertEquals(
                List.of(
                        "REQUEST_VIEWED",
                        "REQUEST_STATUS_CHANGED",
                        "REQUEST_NOTES_CHANGED",
                        "REQUEST_VIEWED",
                        "REQUEST_STATUS_CHANGED"),
                actions(submitted.id()));
        var trail = contactService.trailOf(submitted.id());
        assertEquals("NEW -> CONTACTED", trail.get(1).getDetail());
        assertTrue(trail.stream().allMatch(entry -> entry.getActor().equals("admin")), "the signed-in caller acted");
        assertTrue(
                trail.stream()
                        .noneMatch(entry ->
                                entry.getDetail() != null && entry.getDetail().contains("voicemail")),
                "notes are not copied into the audit trail");
        contactService.list(new RequestFilter(RequestStatus.BOOKED, "audit me"), 0, 10);
        assertEquals(
                1,
                count("select count(*) from audit_event where subject_id is null"
                        + " and action = 'REQUEST_LISTED' and detail like '%" + submitted.id() + "%'"));
    }

    @Test
    void theAuditLogKeepsNothingAPatientWrote() throws Exception {
        InContainerSignIn.asAdmin(securityContext, request);
        var tag = "zq" + UUID.randomUUID().toString().substring(0, 8);
        var form = form("Pat " + tag, "(916) 555-0261", tag + "@example.com");
        form.setPreferredTimes("mornings " + tag);
        form.setMessage("My shoulder " + tag);
        var submitted = contactService.submit(form, UUID.randomUUID().toString());

        contactService.list(new RequestFilter(null, tag), 0, 10);
        var shown = contactService.view(submitted.id()).orElseThrow();
        contactService.handle(shown.getId(), shown.getVersion(), RequestStatus.CONTACTED, "Called " + tag);
        contactService.export(new RequestFilter(null, tag));
        contactService.erase(tag + "@example.com", null);

        assertEquals(
                List.of("REQUEST_VIEWED", "REQUEST_STATUS_CHANGED", "REQUEST_NOTES_CHANGED", "REQUEST_ERASED"),
                actions(submitted.id()));
        assertEquals(
                0,
                count("select count(*) from audit_event where lower(coalesce(subject, '') || ' '"
                        + " || coalesce(detail, '')) like '%" + tag + "%' or detail like '%555%0261%'"
                        + " or detail like '%5550261%'"),
                "no name, contact detail, time, message or note in the log");
    }

    @Test
    void onlyOneInstanceHoldsAJobUntilItsLeaseEnds() throws Exception {
        var job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        sql(
                "insert into job_lock (name, owner, lease_until) values (?, 'another-instance', ?)",
                job,
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));
        assertFalse(lock.tryClaim(job, Duration.ofMinutes(1)), "another instance's lease holds");

        sql(
                "update job_lock set lease_until = ? where name = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1),
                job);
        assertTrue(lock.tryClaim(job, Duration.ofMinutes(1)), "an expired lease can be claimed");
        assertTrue(lock.tryClaim(job, Duration.ofMinutes(1)), "the holder may extend its own lease");
        assertEquals(
                0, count("select count(*) from job_lock where name = '" + job + "' and owner = 'another-instance'"));

        lock.release(job);
        sql("update job_lock set owner = 'another-instance' where name = ?", job);
        assertTrue(lock.tryClaim(job, Duration.ofMinutes(1)), "a released lease is free for anyone");
    }

    private ContactService.Submission submit(String name, String phone, String email) {
        return contactService.submit(form(name, phone, email), UUID.randomUUID().toString());
    }

    private static ContactForm form(String name, String phone, String email) {
        var form = new ContactForm();
        form.setName(name);
        form.setPhone(phone);
        form.setEmail(email);
        form.setContactMethod("EITHER");
        form.setPatientType("RETURNING");
        form.setCondition("back-pain");
        form.setConsent(true);
        return form;
    }

    private boolean exists(long id) throws SQLException {
        return count("select count(*) from contact_request where id = " + id) == 1;
    }

    private List<String> actions(long requestId) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(
                        "select action from audit_event where subject_kind = 'request' and subject_id = ?"
                                + " order by occurred_at, id")) {
            statement.setLong(1, requestId);
            try (var rows = statement.executeQuery()) {
                var actions = new java.util.ArrayList<String>();
                while (rows.next()) {
                    actions.add(rows.getString(1));
                }
                return actions;
            }
        }
    }

    private long count(String query) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void sql(String update, Object... parameters) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(update)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
