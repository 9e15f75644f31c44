package org.meridian.twofactor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * How TOTP secrets are kept in the database. With {@code meridian.security.totp-key} set they are encrypted with
 * AES-256-GCM under a key derived from it (SHA-256 of the setting), so a copy of the database alone does not give
 * anyone the staff's codes; without it they are stored as Base32 text, marked as such, and readable to whoever reads
 * the database. Either form is read back, so setting the key later protects secrets enrolled from then on. Secrets
 * are never logged.
 */
@ApplicationScoped
public class TotpSecrets {

    static final String ENCRYPTED = "aes-gcm:";
    static final String PLAIN = "plain:";
    /** Shorter keys are refused: an operator's short word would be guessed from a stolen database. */
    public static final int MIN_KEY_LENGTH = 16;

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKey key;

    protected TotpSecrets() {
        // for CDI's proxy
    }

    @Inject
    public TotpSecrets(TwoFactorSettings settings) {
        this(settings.totpKey());
    }

    /** With the key as the setting has it: empty, or blank, for none. */
    public TotpSecrets(Optional<String> setting) {
        var text = setting.map(String::strip).filter(value -> !value.isEmpty());
        if (text.isPresent() && text.get().length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    TwoFactorSettings.TOTP_KEY + " must have at least " + MIN_KEY_LENGTH + " characters");
        }
        this.key = text.map(TotpSecrets::derive).orElse(null);
    }

    /** The secret as it is stored. */
    public String protect(byte[] secret) {
        if (key == null) {
            return PLAIN + new Base32().encodeAsString(secret);
        }
        try {
            var iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            var sealed = cipher.doFinal(secret);
            return ENCRYPTED
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The secret that {@code stored} holds. Fails without naming the secret when it was encrypted and the key is
     * missing or another one.
     */
    public byte[] reveal(String stored) {
        if (stored.startsWith(PLAIN)) {
            return new Base32().decode(stored.substring(PLAIN.length()));
        }
        if (!stored.startsWith(ENCRYPTED)) {
            throw new IllegalStateException("A TOTP secret is stored in an unknown form");
        }
        if (key == null) {
            throw new IllegalStateException(
                    "A TOTP secret is encrypted, but " + TwoFactorSettings.TOTP_KEY + " is not set");
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "A TOTP secret cannot be decrypted with " + TwoFactorSettings.TOTP_KEY + ": was the key changed?");
        }
    }

    private static SecretKey derive(String setting) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(setting.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
