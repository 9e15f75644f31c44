package org.meridian.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meridian.article.ArticleEditService;
import org.meridian.article.ArticleOverviewService;
import org.meridian.article.ArticleWorkflowService;
import org.meridian.audit.AuditLog;
import org.meridian.backup.BackupService;
import org.meridian.clinic.ClinicService;
import org.meridian.condition.ConditionService;
import org.meridian.contact.ContactService;
import org.meridian.contact.RequestFilter;
import org.meridian.media.MediaService;
import org.meridian.signin.LoginThrottle;
import org.meridian.staff.StaffUserService;
import org.meridian.support.DatabaseIndependent;
import org.meridian.support.FreshDatabase;
import org.meridian.support.InContainerSignIn;
import org.meridian.support.MeridianDeployment;
import org.meridian.support.MovableClock;
import org.meridian.system.AttemptLog;
import org.meridian.system.MeridianDataSource;
import org.meridian.wordpress.WordPressImportService;

/**
 * Runs inside the real WAR on Payara Micro, as code of the application: what is stored for a password; that the
 * services refuse callers without a role (the in-container test runner calls them anonymously) and editors where
 * administrators are required (ServiceAccessControlTest proves every such method is marked); and that anonymous
 * visitors cost the server no memory that stays.
 *
 * Longer than most classes: it runs inside its own deployment, and each class more would boot another server.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
class SecurityServicesIT {

    /** Long and uncommon enough for the password rules. */
    private static final String PASSWORD = "Heron-gravel-plum-walk-78";

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    private StaffUserService staffUserService;

    @Inject
    private AttemptLog attemptLog;

    @Inject
    private ArticleEditService articleEditService;

    @Inject
    private ArticleWorkflowService articleWorkflowService;

    @Inject
    private ArticleOverviewService articleOverviewService;

    @Inject
    private MediaService mediaService;

    @Inject
    private WordPressImportService wordPressImportService;

    @Inject
    private BackupService backupService;

    @Inject
    private ContactService contactService;

    @Inject
    private ClinicService clinicService;

    @Inject
    private ConditionService conditionService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Deployment
    static WebArchive deployment() {
        return MeridianDeployment.war()
                .addClasses(
                        SecurityServicesIT.class,
                        FreshDatabase.class,
                        InContainerSignIn.class,
                        DatabaseIndependent.class,
                        MovableClock.class);
    }

    @Test
    void passwordsAreStoredAsPbkdf2Sha256HashesWith600000Iterations() throws Exception {
        var dataSource = (DataSource) new InitialContext().lookup(MeridianDataSource.JNDI_NAME);
        try (var connection = dataSource.getConnection();
                var statement =
                        connection.prepareStatement("select password_hash from staff_user where username = ?")) {
            statement.setString(1, "admin");
            try (var row = statement.executeQuery()) {
                assertTrue(row.next(), "the first admin exists");
                var parts = row.getString(1).split(":");
                assertEquals(4, parts.length, "algorithm:iterations:salt:hash");
                assertEquals("PBKDF2WithHmacSHA256", parts[0]);
                assertEquals(600_000, Integer.parseInt(parts[1]));
                assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
                assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "key bytes");
            }
        }
    }

    @Test
    void servicesMarkedRolesAllowedRefuseAnonymousCallers() {
        assertThrows(AccessDeniedException.class, () -> staffUserService.all());
        assertThrows(
                AccessDeniedException.class,
                () -> staffUserService.create(
                        "intruder", "Intruder", null, StaffRole.ADMIN, "Heron-gravel-plum-walk-78"));
        assertThrows(AccessDeniedException.class, () -> staffUserService.changeOwnPassword("a", "b"));
        assertThrows(AccessDeniedException.class, () -> articleWorkflowService.publish(1, 0));
        assertThrows(AccessDeniedException.class, () -> articleEditService.delete(1, 0));
        assertThrows(AccessDeniedException.class, () -> articleEditService.preview(1));
        assertThrows(AccessDeniedException.class, () -> mediaService.upload("x.png", new byte[] {1}, "x", false));
        assertThrows(AccessDeniedException.class, () -> wordPressImportService.preview(new byte[] {1}, null));
        assertThrows(AccessDeniedException.class, () -> wordPressImportService.importAll(new byte[] {1}, null));
        assertThrows(AccessDeniedException.class, () -> articleEditService.saveImported(null, null));
        assertThrows(AccessDeniedException.class, () -> backupService.export(true, OutputStream.nullOutputStream()));
        assertThrows(AccessDeniedException.class, () -> backupService.restore(Path.of("backup.zip")));
    }

    @Test
    void anonymousCallersAreRefusedByEveryKindOfService() {
        assertThrows(AccessDeniedException.class, () -> contactService.list(RequestFilter.ALL, 0, 10));
        assertThrows(AccessDeniedException.class, () -> contactService.view(1));
        assertThrows(AccessDeniedException.class, () -> contactService.erase("someone@example.org", null));
        assertThrows(AccessDeniedException.class, () -> clinicService.removeClosure(1));
        assertThrows(AccessDeniedException.class, () -> conditionService.summariesForEditing());
        assertThrows(AccessDeniedException.class, () -> conditionService.delete(1, 0, true));
        assertThrows(AccessDeniedException.class, () -> auditLog.newestFirst(0, 10));
        assertThrows(AccessDeniedException.class, () -> articleOverviewService.dashboard());
        assertThrows(AccessDeniedException.class, () -> mediaService.all());
    }

    @Test
    void editorsAreRefusedWhereAdministratorsAreRequired() throws Exception {
        InContainerSignIn.asAdmin(securityContext, request);
        var editor = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        staffUserService.create(editor, "Test editor", null, StaffRole.EDITOR, PASSWORD);
        request.logout();
        InContainerSignIn.as(securityContext, request, editor, PASSWORD);
        assertEquals(editor, securityContext.getCallerPrincipal().getName());

        // What editors do is allowed, so the refusals below are about the role, not about being signed in.
        assertDoesNotThrow(() -> articleOverviewService.dashboard());
        assertDoesNotThrow(() -> conditionService.summariesForEditing());

        var refused = assertThrows(AccessDeniedException.class, () -> staffUserService.all());
        assertTrue(
                refused.getMessage().startsWith(editor + " may not call StaffUserService.all"), refused.getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> staffUserService.create(
                        "self-made-" + UUID.randomUUID().toString().substring(0, 8),
                        "Self-made admin",
                        null,
                        StaffRole.ADMIN,
                        PASSWORD));
        assertThrows(AccessDeniedException.class, () -> contactService.list(RequestFilter.ALL, 0, 10));
        assertThrows(AccessDeniedException.class, () -> contactService.view(1));
        assertThrows(AccessDeniedException.class, () -> contactService.export(RequestFilter.ALL));
        assertThrows(AccessDeniedException.class, () -> contactService.erase("someone@example.org", null));
        assertThrows(AccessDeniedException.class, () -> auditLog.newestFirst(0, 10));
        assertThrows(
                AccessDeniedException.class,
                () -> clinicService.addClosure(LocalDate.now().plusDays(30), "Not allowed"));
    }

    @Test
    void signInFailuresLockForTheirPeriodOnEveryInstance() {
        var clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        var home = uniqueAddress();
        var throttle = throttle(clock);
        for (int i = 1; i <= 4; i++) {
            assertFalse(throttle.failed("maria", home), "failure " + i);
        }
        assertEquals(Optional.empty(), throttle.refusedFor("maria", home));
        assertTrue(throttle.failed("maria", home), "the fifth failure starts the lock-out");

        // Another throttle on the same database: another instance, or this one after a restart.
        var elsewhere = throttle(clock);
        assertEquals(Optional.of(Duration.ofMinutes(5)), elsewhere.refusedFor("MARIA ", home), "any spelling");
        assertEquals(Optional.empty(), elsewhere.refusedFor("maria", uniqueAddress()), "the owner elsewhere");
        clock.advance(Duration.ofMinutes(3));
        assertEquals(Optional.of(Duration.ofMinutes(2)), elsewhere.refusedFor("maria", home));
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), throttle.refusedFor("maria", home));
        assertFalse(throttle.failed("maria", home), "counting starts again from zero");
    }

    @Test
    void anAddressFailingForManyAccountsIsRefusedForEveryAccount() {
        var throttle = throttle(new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        var guesser = uniqueAddress();
        for (var name : List.of("a1", "b2", "c3", "d4", "e5")) {
            throttle.failed(name, guesser);
        }
        assertTrue(throttle.refusedFor("maria", guesser).isPresent(), "even an account it did not try");
        assertEquals(Optional.empty(), throttle.refusedFor("maria", uniqueAddress()));
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresAndOldFailuresDoNotAddUp() {
        var clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        var throttle = throttle(clock);
        var home = uniqueAddress();
        for (int i = 0; i < 4; i++) {
            throttle.failed("maria", home);
        }
        throttle.succeeded("maria", home);
        assertFalse(throttle.failed("maria", home), "one failure since the success");

        for (int i = 0; i < 3; i++) {
            throttle.failed("maria", home);
        }
        clock.advance(Duration.ofMinutes(6));
        assertFalse(throttle.failed("maria", home), "the four before are older than the period");
        assertEquals(Optional.empty(), throttle.refusedFor("maria", home));
    }

    @Test
    void countedAttemptsHoldNeitherAddressNorAccountName() throws Exception {
        var address = uniqueAddress();
        throttle(new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS))).failed("maria", address);
        var dataSource = (DataSource) new InitialContext().lookup(MeridianDataSource.JNDI_NAME);
        try (var connection = dataSource.getConnection();
                var rows = connection.createStatement().executeQuery("select subject from attempt")) {
            var subjects = new ArrayList<String>();
            while (rows.next()) {
                subjects.add(rows.getString(1));
            }
            assertFalse(subjects.isEmpty());
            assertTrue(
                    subjects.stream().noneMatch(subject -> subject.contains(address) || subject.contains("maria")),
                    subjects.toString());
        }
    }

    /** A throttle as configured by default (five failures, five minutes) on this server's database. */
    private LoginThrottle throttle(MovableClock clock) {
        return new LoginThrottle(attemptLog, clock, 5, 5, Duration.ofMinutes(5));
    }

    /** An address of the documentation range, so each test counts its own failures. */
    private static String uniqueAddress() {
        return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet()) + ":"
                + UUID.randomUUID().toString().substring(0, 4);
    }

    /**
     * Ten thousand anonymous requests over the public pages (the contact form's GET and POST included) set no cookie,
     * so no session, and leave less than 5 MB more heap in use after a full collection than before them. A first
     * round of 3,000 fills the page cache and warms the server up, so what is measured is what further visitors cost.
     */
    @Test
    @DatabaseIndependent
    void tenThousandAnonymousRequestsMakeNoSessionAndKeepNoMemory() throws Exception {
        var base = URI.create("http://localhost:" + request.getLocalPort());
        var paths = List.of(
                "/",
                "/articles",
                "/articles?page=2",
                "/articles?condition=sciatica",
                "/conditions",
                "/conditions/sciatica",
                "/articles/benefits-of-acupuncture-for-back-pain",
                "/search?q=back+pain",
                "/contact",
                "/privacy",
                "/no-such-page",
                "/feed.xml",
                "POST /contact");
        // One client throughout, so its own connections and buffers are there in both measurements; HTTP/1.1, as
        // browsers and nginx speak to the server. No cookie handler: like a crawler, every request comes without the
        // cookies of the ones before.
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var warmUp = anonymousRequests(http, base, paths, 3_000);
        assertEquals(0, warmUp.cookies.get(), "no Set-Cookie while warming up");
        var before = heapInUseAfterCollection();
        var measured = anonymousRequests(http, base, paths, 10_000);
        var after = heapInUseAfterCollection();

        assertEquals(0, measured.cookies.get(), "no Set-Cookie, so no session, for anonymous visitors");
        assertEquals(0, measured.failures.get(), "no 5xx answers");
        var growth = after - before;
        System.out.printf(
                "Heap in use after 10,000 anonymous requests: %.1f MB before, %.1f MB after (%+.2f MB)%n",
                before / 1e6, after / 1e6, growth / 1e6);
        assertTrue(growth < 5_000_000, "heap retained by 10,000 anonymous requests: " + growth + " bytes");
    }

    private static Tally anonymousRequests(HttpClient http, URI base, List<String> paths, int count) throws Exception {
        var tally = new Tally();
        var next = new AtomicInteger();
        var tasks = new ArrayList<Callable<Void>>();
        for (var worker = 0; worker < 4; worker++) {
            tasks.add(() -> {
                for (var i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    tally.count(http.send(
                            anonymous(base, paths.get(i % paths.size())), HttpResponse.BodyHandlers.discarding()));
                }
                return null;
            });
        }
        var workers = Executors.newFixedThreadPool(tasks.size());
        try {
            for (var done : workers.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            workers.shutdownNow();
        }
        return tally;
    }

    private static HttpRequest anonymous(URI base, String path) {
        if (path.startsWith("POST ")) {
            return HttpRequest.newBuilder(base.resolve(path.substring("POST ".length())))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("contact=contact&contact%3Aname=Robot&contact%3Aphone=1"))
                    .timeout(Duration.ofSeconds(30))
                    .build();
        }
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static long heapInUseAfterCollection() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        var least = Long.MAX_VALUE;
        for (var round = 0; round < 3; round++) {
            System.gc();
            Thread.sleep(500);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static final class Tally {
        private final AtomicInteger cookies = new AtomicInteger();
        private final AtomicInteger failures = new AtomicInteger();

        void count(HttpResponse<?> response) {
            if (response.headers().firstValue("Set-Cookie").isPresent()) {
                cookies.incrementAndGet();
            }
            if (response.statusCode() >= 500) {
                failures.incrementAndGet();
            }
        }
    }
}
