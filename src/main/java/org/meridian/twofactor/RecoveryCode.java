package org.meridian.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a staff member's one-time recovery codes, by its hash ({@link RecoveryCodes#hash}). */
@Entity
@Table(name = "staff_recovery_code")
@NamedQuery(
        name = RecoveryCode.UNUSED,
        query = "select r from RecoveryCode r "
                + "where r.userId = :userId and r.codeHash = :hash and r.usedAt is null")
@NamedQuery(
        name = RecoveryCode.COUNT_UNUSED,
        query = "select count(r) from RecoveryCode r " + "where r.userId = :userId and r.usedAt is null")
@NamedQuery(
        name = RecoveryCode.USE,
        query = "update RecoveryCode r set r.usedAt = :now " + "where r.id = :id and r.usedAt is null")
@NamedQuery(name = RecoveryCode.DELETE_OF_USER, query = "delete from RecoveryCode r where r.userId = :userId")
public class RecoveryCode {

    static final String UNUSED = "RecoveryCode.unused";
    static final String COUNT_UNUSED = "RecoveryCode.countUnused";
    static final String USE = "RecoveryCode.use";
    static final String DELETE_OF_USER = "RecoveryCode.deleteOfUser";

    @Id
    @SequenceGenerator(name = "staff_recovery_code_seq", sequenceName = "staff_recovery_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_recovery_code_seq")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }

    public Long getId() {
        return id;
    }
}
