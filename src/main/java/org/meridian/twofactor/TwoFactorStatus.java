package org.meridian.twofactor;

import java.io.Serializable;
import java.time.Instant;

/** Since when someone has two-factor sign-in, and how many of their recovery codes are left (getters, for EL). */
public final class TwoFactorStatus implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant enrolledAt;
    private final long recoveryCodesLeft;

    public TwoFactorStatus(Instant enrolledAt, long recoveryCodesLeft) {
        this.enrolledAt = enrolledAt;
        this.recoveryCodesLeft = recoveryCodesLeft;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public long getRecoveryCodesLeft() {
        return recoveryCodesLeft;
    }
}
