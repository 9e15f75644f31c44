package org.meridian.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in halfway: the password was right, the code of the second step is awaited. Kept in the session, where only
 * the server writes it, for a few minutes; nobody is signed in, and no role granted, until the code is checked.
 */
public record PendingSignIn(String username, Instant expiresAt) implements Serializable {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    static void start(HttpServletRequest request, String username) {
        new PendingSignIn(username, Instant.now().plus(LIFETIME)).keep(request);
    }

    /** Puts this back into the session, as after the session was renewed. */
    void keep(HttpServletRequest request) {
        request.getSession().setAttribute(ATTRIBUTE, this);
    }

    /** The sign-in waiting for its second step in this session; empty when none, or when it waited too long. */
    static Optional<PendingSignIn> of(HttpServletRequest request) {
        var session = request.getSession(false);
        return Optional.ofNullable(session == null ? null : session.getAttribute(ATTRIBUTE))
                .map(PendingSignIn.class::cast)
                .filter(pending -> pending.expiresAt().isAfter(Instant.now()));
    }

    static void clear(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
