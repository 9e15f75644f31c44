package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration LONGEST = Duration.ofHours(1);

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheLongestWait() {
        assertEquals(Duration.ofSeconds(30), OutboxMail.backoff(1, FIRST, LONGEST));
        assertEquals(Duration.ofSeconds(60), OutboxMail.backoff(2, FIRST, LONGEST));
        assertEquals(Duration.ofSeconds(240), OutboxMail.backoff(4, FIRST, LONGEST));
        assertEquals(LONGEST, OutboxMail.backoff(8, FIRST, LONGEST));
        assertEquals(LONGEST, OutboxMail.backoff(1000, FIRST, LONGEST));
    }

    @Test
    void aFailedMailStaysPendingUntilSent() {
        var now = Instant.parse("2026-03-01T10:00:00Z");
        var mail = new OutboxMail(7, now);
        mail.failed(now, "Connection refused", OutboxMail.backoff(1, FIRST, LONGEST));
        assertFalse(mail.isSent());
        assertEquals(1, mail.getAttempts());
        assertEquals(now.plus(FIRST), mail.getNextAttemptAt());
        mail.sent(now.plusSeconds(40));
        assertTrue(mail.isSent());
        assertEquals(2, mail.getAttempts());
    }

    @Test
    void notificationCarriesReferenceAndLinkOnly() {
        var mail = NotificationMail.of(42, "K7MP-3QXD", "https://clinic.example/");
        assertTrue(mail.subject().contains("K7MP-3QXD"));
        assertTrue(mail.body().contains("https://clinic.example/admin/requests/42\n"));
    }
}
