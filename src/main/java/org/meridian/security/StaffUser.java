package org.meridian.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;

/** A member of the clinic's staff who signs in to the admin console. */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = StaffUser.ALL, query = "select u from StaffUser u order by u.username")
@NamedQuery(name = StaffUser.BY_USERNAME, query = "select u from StaffUser u where u.username = :username")
@NamedQuery(name = StaffUser.COUNT, query = "select count(u) from StaffUser u")
@NamedQuery(
        name = StaffUser.COUNT_ENABLED_IN_ROLE,
        query = "select count(u) from StaffUser u where u.role = :role and u.enabled = true")
public class StaffUser implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ALL = "StaffUser.all";
    static final String BY_USERNAME = "StaffUser.byUsername";
    static final String COUNT = "StaffUser.count";
    static final String COUNT_ENABLED_IN_ROLE = "StaffUser.countEnabledInRole";

    public static final int USERNAME_LENGTH = 60;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";
    public static final int DISPLAY_NAME_LENGTH = 120;
    public static final int EMAIL_LENGTH = 200;
    static final int HASH_LENGTH = 300;

    @Id
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    private Long id;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @NotBlank
    @Size(max = HASH_LENGTH)
    @Column(name = "password_hash", nullable = false, length = HASH_LENGTH)
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StaffRole role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Version
    private long version;

    @NotNull
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected StaffUser() {}

    public StaffUser(String username, String displayName, StaffRole role, String passwordHash, Instant createdAt) {
        var normalised = normaliseUsername(username);
        if (!normalised.matches(USERNAME_PATTERN)) {
            throw new IllegalArgumentException("Not a valid username: " + username);
        }
        if (role == null || passwordHash == null || createdAt == null) {
            throw new IllegalArgumentException("A staff user needs a role, a password and a creation time");
        }
        this.username = normalised;
        rename(displayName);
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** Usernames compare without case or surrounding space, as people type them. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public final void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new IllegalArgumentException("A staff user needs a display name");
        }
        this.displayName = newDisplayName.strip();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void changeRole(StaffRole newRole) {
        if (newRole == null) {
            throw new IllegalArgumentException("A staff user needs a role");
        }
        this.role = newRole;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void signedInAt(Instant at) {
        this.lastLoginAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public StaffRole getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    @Override
    public String toString() {
        return "StaffUser[" + username + "]";
    }
}
