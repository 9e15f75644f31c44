package org.meridian.audit;

import java.util.Objects;

/**
 * One stored thing an audit event is about, by kind and id, so its own trail can be read back
 * ({@link AuditLog#trailOf}). The id outlives the thing: the trail of a deleted request still says who deleted it.
 *
 * @param kind what sort of thing it is, as the feature that owns it names it (at most 30 characters)
 * @param id its database id
 */
public record AuditSubject(String kind, long id) {

    static final int KIND_LENGTH = 30;

    public AuditSubject {
        Objects.requireNonNull(kind, "kind");
        if (kind.isBlank() || kind.length() > KIND_LENGTH) {
            throw new IllegalArgumentException("An audit subject's kind has 1 to " + KIND_LENGTH + " characters");
        }
    }

    /** How the audit log names it, as "request 42". */
    public String label() {
        return kind + " " + id;
    }
}
