package org.meridian.contact;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContactJobsTest {

    @Test
    void refusesANegativeOrZeroRetentionPeriodWithAClearMessage() {
        var negative = assertThrows(IllegalStateException.class, () -> ContactJobs.checkSettings(-1, 3600, 30));
        assertTrue(negative.getMessage().contains("meridian.contact.retention-days"));
        assertTrue(negative.getMessage().contains("-1"));
        assertThrows(IllegalStateException.class, () -> ContactJobs.checkSettings(0, 3600, 30));
        assertThrows(IllegalStateException.class, () -> ContactJobs.checkSettings(90, 0, 30));
        assertDoesNotThrow(() -> ContactJobs.checkSettings(90, 3600, 30));
    }
}
