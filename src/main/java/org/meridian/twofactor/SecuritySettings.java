package org.meridian.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Site-wide security settings an administrator changes in the console: one row, id 1. */
@Entity
@Table(name = "security_setting")
public class SecuritySettings {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "two_factor_required", nullable = false)
    private boolean twoFactorRequired;

    @Version
    private long version;

    protected SecuritySettings() {}

    /** Every member of staff must sign in with a second factor, and enrol one before anything else. */
    public boolean isTwoFactorRequired() {
        return twoFactorRequired;
    }

    void setTwoFactorRequired(boolean twoFactorRequired) {
        this.twoFactorRequired = twoFactorRequired;
    }
}
