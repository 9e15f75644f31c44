package org.meridian.signin;

import jakarta.security.enterprise.credential.Credential;

/**
 * The code of a sign-in's second step (from the authenticator app, or a recovery code). It names nobody: the account
 * is the one whose password this session gave just before ({@link PendingSignIn}).
 */
public class SecondFactorCredential implements Credential {

    private final String code;

    SecondFactorCredential(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }
}
