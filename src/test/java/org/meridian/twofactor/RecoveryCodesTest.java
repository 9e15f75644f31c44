package org.meridian.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    @Test
    void makesTenDifferentCodesOfEightyBitsInGroupsOfFour() {
        var codes = RecoveryCodes.newCodes();
        assertEquals(10, codes.size());
        assertEquals(10, new HashSet<>(codes).size());
        codes.forEach(code -> assertTrue(code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"), code));
    }

    @Test
    void hashesTheCodeHoweverItIsTyped() {
        var code = RecoveryCodes.newCodes().get(0);
        var hash = RecoveryCodes.hash(code);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, RecoveryCodes.hash(code.toUpperCase().replace("-", " ")));
        assertEquals(hash, RecoveryCodes.hash(" " + code.replace("-", "") + " "));
        assertNotEquals(hash, RecoveryCodes.hash(RecoveryCodes.newCodes().get(0)));
    }
}
