package org.meridian.security;

import java.time.Instant;

/** Since when someone has two-factor sign-in, and how many of their recovery codes are left. */
public record TwoFactorStatus(Instant enrolledAt, long recoveryCodesLeft) {
}
