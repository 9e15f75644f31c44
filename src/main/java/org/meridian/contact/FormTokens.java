package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens in a hidden field of the contact form: when the form was shown, and a random key that makes the
 * submission idempotent. The signature lets the server trust the time without keeping any state per visitor, so the
 * form stays stateless; a form sent back faster than a person can fill it in is taken for a robot.
 * <p>
 * The signing key comes from {@code meridian.contact.token-key} or is made at start. Several instances behind a load
 * balancer need the same configured key; with a key made at start, a form shown before a restart is simply shown
 * again with a fresh token, the patient's input kept.
 */
@ApplicationScoped
public class FormTokens {

    /** A form open longer than this is shown again with a new token: an old token is worth less to a replay. */
    static final Duration MAX_AGE = Duration.ofHours(12);

    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{1,19}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private ContactSettings settings;

    private SecretKeySpec key;

    public FormTokens() {}

    FormTokens(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    @PostConstruct
    void init() {
        var bytes = settings.tokenKey()
                .map(text -> text.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    var random = new byte[32];
                    RANDOM.nextBytes(random);
                    return random;
                });
        key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** A token for a form shown now: the time in milliseconds, a random key, and their signature. */
    public String issue(Instant now) {
        var nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        var payload = now.toEpochMilli() + "." + BASE64.encodeToString(nonce);
        return payload + "." + sign(payload);
    }

    /** The token's content, when this server signed it and it is not too old; empty for anything else. */
    public Optional<FormToken> verify(String token, Instant now) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        var lastDot = token.lastIndexOf('.');
        var payload = token.substring(0, lastDot);
        var expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        var firstDot = payload.indexOf('.');
        Instant issuedAt;
        try {
            issuedAt = Instant.ofEpochMilli(Long.parseLong(payload.substring(0, firstDot)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (issuedAt.isAfter(now.plusSeconds(60)) || issuedAt.plus(MAX_AGE).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(new FormToken(issuedAt, payload.substring(firstDot + 1)));
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * A verified token.
     *
     * @param issuedAt      when the form was shown
     * @param submissionKey the random key of this one form: posted twice, it still makes one request
     */
    public record FormToken(Instant issuedAt, String submissionKey) {

        public Duration age(Instant now) {
            return Duration.between(issuedAt, now);
        }
    }
}
