package org.meridian.twofactor;

/** A secret offered for an authenticator app, as Base32 text and as the QR code of its {@code otpauth} address. */
public record TotpSetup(String base32Secret, String qrCodeSvg) {}
