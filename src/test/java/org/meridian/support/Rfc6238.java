package org.meridian.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * TOTP codes computed straight from RFC 6238 and RFC 4226 (HMAC-SHA1, dynamic truncation), independently of the
 * library the site uses: what an authenticator app would show, for tests to type.
 */
public final class Rfc6238 {

    private Rfc6238() {}

    /** The code of {@code step} (30-second steps since the epoch) with {@code digits} digits. */
    public static String code(byte[] secret, long step, int digits) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            var offset = hash[hash.length - 1] & 0x0f;
            var binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            var code = Integer.toString(binary % (int) Math.pow(10, digits));
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 6-digit code of a Base32 secret (spaces allowed, as shown to people) for {@code step}. */
    public static String code(String base32Secret, long step) {
        return code(new Base32().decode(base32Secret.replace(" ", "")), step, 6);
    }

    /** The time step of now. */
    public static long currentStep() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, 30);
    }
}
