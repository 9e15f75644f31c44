package org.meridian.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesAndKnowsItsNeighbours() {
        var page = new Page<>(List.of("a"), 2, 10, 25);
        assertEquals(3, page.getTotalPages());
        assertTrue(page.hasPrevious());
        assertTrue(page.hasNext());
        assertFalse(new Page<>(List.of("a"), 3, 10, 25).hasNext());
    }

    @Test
    void anEmptyListStillHasOnePage() {
        var page = new Page<String>(List.of(), 1, 10, 0);
        assertEquals(1, page.getTotalPages());
        assertFalse(page.hasNext());
    }

    @Test
    void firstRowOfAPage() {
        assertEquals(0, Page.firstRow(1, 10));
        assertEquals(20, Page.firstRow(3, 10));
    }

    @Test
    void refusesPageZero() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 10, 0));
    }
}
