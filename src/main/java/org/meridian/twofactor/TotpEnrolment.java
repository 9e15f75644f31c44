package org.meridian.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A staff member's authenticator app: the shared TOTP secret (as {@link TotpSecrets} protects it) and the time step
 * of the last code accepted, which no later code may repeat or precede.
 */
@Entity
@Table(name = "staff_totp")
@NamedQuery(name = TotpEnrolment.USER_IDS, query = "select t.userId from TotpEnrolment t")
@NamedQuery(
        name = TotpEnrolment.ACCEPT_STEP,
        query = "update TotpEnrolment t set t.lastStep = :step " + "where t.userId = :userId and t.lastStep < :step")
public class TotpEnrolment {

    static final String USER_IDS = "TotpEnrolment.userIds";
    static final String ACCEPT_STEP = "TotpEnrolment.acceptStep";
    static final int SECRET_LENGTH = 200;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = SECRET_LENGTH)
    private String secret;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "last_step", nullable = false)
    private long lastStep;

    protected TotpEnrolment() {}

    /** Enrols with the secret as stored and the step of the code that confirmed it, which is thereby used. */
    TotpEnrolment(long userId, String protectedSecret, long confirmedStep, Instant enrolledAt) {
        if (protectedSecret == null || protectedSecret.length() > SECRET_LENGTH || enrolledAt == null) {
            throw new IllegalArgumentException("An enrolment needs its stored secret and time");
        }
        this.userId = userId;
        this.secret = protectedSecret;
        this.lastStep = confirmedStep;
        this.enrolledAt = enrolledAt;
    }

    public Long getUserId() {
        return userId;
    }

    String getSecret() {
        return secret;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    long getLastStep() {
        return lastStep;
    }
}
