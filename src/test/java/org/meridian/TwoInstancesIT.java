package org.meridian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.support.AdminClient;
import org.meridian.support.PayaraMicroProcess;
import org.meridian.support.SiteClient;
import org.meridian.support.Staff;

/**
 * Two Payara Micro instances on one database, as behind a load balancer: what staff change through one is on the
 * other's pages (answered from its page cache) and in its search within two seconds.
 */
class TwoInstancesIT {

    private static final Duration PROPAGATION_LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path dataDir;

    @Test
    void aChangeMadeThroughOneInstanceShowsOnTheOtherWithinTwoSeconds() throws Exception {
        var environment = new HashMap<>(sharedDatabase());
        environment.put("MERIDIAN_ADMIN_PASSWORD", Staff.adminPassword());
        var logs = Files.createDirectories(Path.of("target", "two-instances-it"));
        try (var first = PayaraMicroProcess.start(environment, logs.resolve("a.log"));
             var second = PayaraMicroProcess.start(environment, logs.resolve("b.log"))) {
            var onSecond = new SiteClient(second.uri("/"));
            // Both pages are now in the second instance's cache.
            List.of("/contact", "/conditions/sciatica").forEach(onSecond::get);
            assertTrue(onSecond.get("/search?q=ischias").body().contains("0 articles"));

            var admin = Staff.signedInAdmin(first.uri("/"));
            var clinic = admin.page("/admin/clinic");
            admin.submit(clinic, "clinic", Map.of("clinic:phone", "(916) 555-0123"), "clinic:save");
            var phoneChangedAt = Instant.now();
            var sciaticaLink = admin.page("/admin/conditions").select("a").stream()
                    .filter(link -> link.text().equals("Sciatica")).findFirst().orElseThrow().attr("href");
            var form = admin.page(URI.create(sciaticaLink).getRawPath() + "?" + URI.create(sciaticaLink).getRawQuery());
            admin.submit(form, "condition", Map.of("condition:synonyms", "sciatic nerve pain\nischias"), "condition:save");
            var conditionChangedAt = Instant.now();

            awaitOn(onSecond, "/contact", page -> page.contains("(916) 555-0123"), phoneChangedAt);
            awaitOn(onSecond, "/conditions/sciatica", page -> page.contains("ischias"), conditionChangedAt);
            awaitOn(onSecond, "/search?q=ischias", page -> page.contains("Treating Sciatica Pain"), conditionChangedAt);
        }
    }

    private Map<String, String> sharedDatabase() {
        // H2's automatic mixed mode lets both processes open the same database file.
        return Map.of("MERIDIAN_DB_URL", "jdbc:h2:file:" + dataDir.resolve("meridian") + ";AUTO_SERVER=TRUE",
                "MERIDIAN_DATA_DIR", dataDir.toString());
    }

    private static void awaitOn(SiteClient site, String path, Predicate<String> shows, Instant changedAt)
            throws InterruptedException {
        while (!shows.test(site.get(path).body())) {
            var waited = Duration.between(changedAt, Instant.now());
            assertTrue(waited.compareTo(PROPAGATION_LIMIT) < 0, path + " still old after " + waited.toMillis() + " ms");
            Thread.sleep(100);
        }
    }
}
