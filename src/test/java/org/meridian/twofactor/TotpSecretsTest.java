package org.meridian.twofactor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {

    private static final String KEY = "an operator's key of some length";

    @Test
    void encryptsWithTheConfiguredKeyAndReadsItBack() {
        var secrets = new TotpSecrets(Optional.of(KEY));
        var secret = TotpCodes.newSecret();
        var stored = secrets.protect(secret);
        assertTrue(stored.startsWith(TotpSecrets.ENCRYPTED), stored);
        assertFalse(stored.contains(new Base32().encodeAsString(secret)), "the secret is not readable in " + stored);
        assertNotEquals(stored, secrets.protect(secret), "a fresh nonce each time");
        assertArrayEquals(secret, secrets.reveal(stored));
    }

    @Test
    void storesBase32TextWithoutAKeyAndStillReadsItOnceAKeyIsSet() {
        var secret = TotpCodes.newSecret();
        var stored = new TotpSecrets(Optional.empty()).protect(secret);
        assertTrue(stored.startsWith(TotpSecrets.PLAIN), stored);
        assertArrayEquals(secret, new TotpSecrets(Optional.of(KEY)).reveal(stored));
    }

    @Test
    void refusesToReadAnEncryptedSecretWithAnotherKeyOrNone() {
        var stored = new TotpSecrets(Optional.of(KEY)).protect(TotpCodes.newSecret());
        var wrongKey = assertThrows(
                IllegalStateException.class,
                () -> new TotpSecrets(Optional.of("another key, long enough")).reveal(stored));
        assertFalse(wrongKey.getMessage().contains(stored.substring(TotpSecrets.ENCRYPTED.length())));
        assertThrows(IllegalStateException.class, () -> new TotpSecrets(Optional.empty()).reveal(stored));
    }

    @Test
    void refusesAShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new TotpSecrets(Optional.of("short")));
    }

    @Test
    void treatsABlankSettingAsNoKey() {
        assertTrue(new TotpSecrets(Optional.of("  "))
                .protect(TotpCodes.newSecret())
                .startsWith(TotpSecrets.PLAIN));
    }
}
