package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.ContactFormClient;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;

/**
 * PostgreSQL restarted while patients send contact requests and read pages: while it is down the site answers
 * only with pages or the friendly 503 page (never a 500 or a stack trace), it recovers by itself within seconds after,
 * and every request it confirmed with a reference number is in the database.
 * <p>
 * Needs a PostgreSQL the test may restart: run with {@code -Ppostgresql} and {@code MERIDIAN_IT_DB_RESTART} set to
 * the command that restarts it (the pom's {@code database-restart} profile, active only then, runs this test; .ci/run
 * sets it).
 */
class DatabaseRecoveryIT {

    private static final Duration BEFORE_RESTART = Duration.ofSeconds(4);
    private static final Duration AFTER_RESTART = Duration.ofSeconds(25);
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(15);
    private static final String ARTICLE = "/articles/treating-sciatica-pain-with-acupuncture";

    @TempDir
    Path dataDir;

    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> confirmed = new ArrayList<>();

    @Test
    void whileTheDatabaseRestartsPatientsGetPagesOrTheCallUsPageAndNoConfirmedRequestIsLost() throws Exception {
        var restartCommand = System.getenv("MERIDIAN_IT_DB_RESTART");
        assertNotNull(restartCommand, "MERIDIAN_IT_DB_RESTART names the command that restarts the test database");
        var url = System.getProperty("it.db.url", "");
        assertTrue(url.startsWith("jdbc:postgresql:"), "run with -Ppostgresql: " + url);

        var environment = new HashMap<>(Map.of(
                "MERIDIAN_DB_URL",
                url,
                "MERIDIAN_DB_USER",
                System.getProperty("it.db.user"),
                "MERIDIAN_DB_PASSWORD",
                System.getProperty("it.db.password"),
                "MERIDIAN_DB_DATASOURCE_CLASS",
                "org.postgresql.ds.PGSimpleDataSource",
                "MERIDIAN_DATA_DIR",
                dataDir.toString(),
                "MERIDIAN_ADMIN_PASSWORD",
                Staff.adminPassword(),
                "MERIDIAN_CONTACT_MIN_SECONDS",
                "1",
                "MERIDIAN_TRUSTED_PROXIES",
                "127.0.0.1,::1"));
        var log = Files.createDirectories(Path.of("target", "database-recovery-it"))
                .resolve("server.log");
        try (var server = PayaraMicroProcess.start(environment, log)) {
            var site = new SiteClient(server.uri("/"));
            var start = Instant.now();
            CompletableFuture<Instant> restarted = null;
            // Besides the patients: a reader asks for pages no cache can answer (searches for new words, articles
            // that do not exist: 404 when the database can say so), and the load balancer asks whether the site is
            // ready.
            var reading = new AtomicBoolean(true);
            var reader = CompletableFuture.runAsync(() -> {
                for (int query = 0; reading.get(); query++) {
                    var search = "/search?q=needle" + query;
                    record(search, () -> site.get(search));
                    var missing = "/articles/not-here-" + query;
                    record(missing, () -> site.get(missing));
                    pause(Duration.ofMillis(100));
                }
            });
            var readiness = Collections.synchronizedList(new ArrayList<Boolean>());
            var prober = CompletableFuture.runAsync(() -> {
                while (reading.get()) {
                    readiness.add(SiteClient.isReady(site.get("/health/ready")));
                    pause(Duration.ofMillis(200));
                }
            });
            for (int visit = 0;
                    restarted == null
                            || !restarted.isDone()
                            || Instant.now().isBefore(restarted.get().plus(AFTER_RESTART));
                    visit++) {
                if (restarted == null && Instant.now().isAfter(start.plus(BEFORE_RESTART))) {
                    restarted = CompletableFuture.supplyAsync(() -> restart(restartCommand));
                }
                visit(site, visit);
            }
            reading.set(false);
            reader.get(1, TimeUnit.MINUTES);
            prober.get(1, TimeUnit.MINUTES);
            var restartEnded = restarted.get();
            System.out.println("DatabaseRecoveryIT: answers by status "
                    + answers.stream()
                            .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()))
                    + ", requests confirmed: " + confirmed.size() + ", readiness checks DOWN: "
                    + readiness.stream().filter(ready -> !ready).count() + " of " + readiness.size());

            var failures =
                    answers.stream().filter(answer -> !answer.acceptable()).toList();
            assertTrue(readiness.contains(false), "not ready while the database was away: the restart was noticed");
            assertTrue(
                    answers.stream().anyMatch(answer -> answer.status() == 503),
                    "pages that need the database answered the 503 page meanwhile: " + answers);
            assertTrue(failures.isEmpty(), "only pages, redirects and the 503 page: " + failures);
            var recoveredAt = answers.stream()
                    .filter(answer -> answer.at().isAfter(restartEnded) && answer.status() == 303)
                    .map(Answer::at)
                    .findFirst();
            assertTrue(recoveredAt.isPresent(), "a request was confirmed after the restart: " + answers);
            assertTrue(
                    Duration.between(restartEnded, recoveredAt.get()).compareTo(RECOVERY_LIMIT) < 0,
                    "recovered "
                            + Duration.between(restartEnded, recoveredAt.get()).toMillis() + " ms after the restart");
            assertTrue(SiteClient.isReady(site.get("/health/ready")), "ready again");
        }
        assertFalse(confirmed.isEmpty());
        assertEquals(List.of(), missingFromDatabase(url), "confirmed to the patient, so stored");
    }

    /** One patient: opens the form, sends it, reads an article. */
    private void visit(SiteClient site, int visit) {
        // Each patient from an address of their own, so the hourly limit per address never applies.
        var patient = new ContactFormClient(site, "10.77." + (visit / 250) + "." + (visit % 250 + 1));
        var form = record("/contact", () -> site.get("/contact"));
        if (form.status() == 200) {
            var sent = record(
                    "POST /contact",
                    () -> patient.open("/contact")
                            .send(ContactFormClient.validFields(
                                    "Recovery Test " + visit, "(916) 555-01" + (10 + visit % 90))));
            sent.reference().ifPresent(confirmed::add);
        }
        record(ARTICLE, () -> site.get(ARTICLE));
    }

    private Answer record(String what, Supplier<HttpResponse<String>> request) {
        Answer answer;
        try {
            answer = Answer.of(what, request.get());
        } catch (RuntimeException e) {
            // ContactFormClient.open refuses a form page that did not come ("/contact answered 503"): the database
            // went away between the two steps of one visit. Anything else is a failure.
            var status = String.valueOf(e.getMessage()).endsWith("answered 503") ? 503 : -1;
            answer = new Answer(what, Instant.now(), status, status == 503 ? null : e.toString(), Optional.empty());
        }
        answers.add(answer);
        return answer;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Instant restart(String command) {
        try {
            var process = new ProcessBuilder("sh", "-c", command)
                    .redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + command + "' failed: " + output);
            }
            return Instant.now();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> missingFromDatabase(String url) throws SQLException {
        var missing = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(
                        url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
                var query = connection.prepareStatement("select count(*) from contact_request where reference = ?")) {
            for (var reference : confirmed) {
                query.setString(1, reference);
                try (var result = query.executeQuery()) {
                    result.next();
                    if (result.getInt(1) != 1) {
                        missing.add(reference);
                    }
                }
            }
        }
        return missing;
    }

    /** What the site answered: a page, a redirect (a confirmed request's reference), or the 503 page. */
    private record Answer(String what, Instant at, int status, String problem, Optional<String> reference) {

        static Answer of(String what, HttpResponse<String> response) {
            var body = response.body();
            var status = response.statusCode();
            String problem = null;
            if (body.contains("Exception") || body.contains("\tat ")) {
                problem = "an exception shown";
            } else if (status == 503
                    && !(body.contains("href=\"tel:")
                            && body.contains("back in a moment")
                            && response.headers().firstValue("Retry-After").isPresent())) {
                problem = "503 without the phone number, the friendly text or Retry-After";
            } else if (status != 200
                    && status != 303
                    && status != 503
                    && !(status == 404 && what.startsWith("/articles/not-here-"))) {
                problem = "status " + status;
            }
            var reference = status == 303
                    ? response.headers()
                            .firstValue("Location")
                            .map(location -> URI.create(location).getQuery())
                            .filter(query -> query.startsWith("ref="))
                            .map(query -> query.substring("ref=".length()))
                    : Optional.<String>empty();
            return new Answer(what, Instant.now(), status, problem, reference);
        }

        boolean acceptable() {
            return problem == null;
        }
    }
}
