package org.meridian.twofactor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.codec.binary.Base32;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.clinic.ClinicService;
import org.meridian.security.SignedInStaff;
import org.meridian.security.StaffRole;
import org.meridian.security.StaffUser;
import org.meridian.security.StaffUserRepository;
import org.meridian.system.InvalidInputException;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and one-time recovery codes: setting it up, checking the
 * second step of a sign-in, renewing recovery codes, turning it off, an administrator's reset for a lost phone, and
 * the setting that requires it of all staff. A code is accepted once: its time step must be later than the last one
 * accepted for that person.
 */
@ApplicationScoped
public class TwoFactorService {

    private static final Logger LOG = Logger.getLogger(TwoFactorService.class.getName());

    /** The input field of every form here that asks for a code. */
    static final String CODE_FIELD = "code";

    @Inject
    private TwoFactorRepository repository;

    @Inject
    private StaffUserRepository users;

    @Inject
    private SignedInStaff signedIn;

    @Inject
    private TotpSecrets secrets;

    @Inject
    private ClinicService clinicService;

    @Inject
    private AuditLog auditLog;

    public boolean isEnrolled(StaffUser user) {
        return repository.findEnrolment(user.getId()).isPresent();
    }

    public boolean isRequired() {
        return repository.settings().isTwoFactorRequired();
    }

    /** True when {@code username} may do nothing in the console but set up two-factor sign-in. */
    public boolean mustEnrol(String username) {
        return isRequired()
                && users.findByUsername(username)
                        .filter(user -> !isEnrolled(user))
                        .isPresent();
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public void require(boolean required) {
        var settings = repository.settings();
        if (settings.isTwoFactorRequired() != required) {
            settings.setTwoFactorRequired(required);
            auditLog.record(
                    AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED,
                    (String) null,
                    required ? "Required for all staff" : "No longer required");
        }
    }

    @RolesAllowed(StaffRole.ADMIN_NAME)
    public Set<Long> enrolledUserIds() {
        return repository.enrolledUserIds();
    }

    /** The signed-in user's two-factor sign-in; empty when they have none. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public Optional<TwoFactorStatus> currentStatus() {
        var user = signedIn.current();
        return repository
                .findEnrolment(user.getId())
                .map(enrolment -> new TwoFactorStatus(
                        enrolment.getEnrolledAt(), repository.countUnusedRecoveryCodes(user.getId())));
    }

    /** A new secret for the signed-in user to add to their app; nothing is stored until {@link #enrol}. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public TotpSetup newSetup() {
        var user = signedIn.current();
        var secret = new Base32().encodeAsString(TotpCodes.newSecret());
        var issuer = clinicService.profile().getName();
        var uri = TotpQrCode.otpauthUri(issuer, user.getUsername(), secret);
        return new TotpSetup(secret, TotpQrCode.svg(uri, "QR code of your sign-in key for " + issuer));
    }

    /**
     * Turns on two-factor sign-in for the signed-in user with {@code base32Secret}, once {@code code} shows their app
     * has it; answers their recovery codes, to be shown this once.
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public List<String> enrol(String base32Secret, String code) {
        var user = signedIn.current();
        if (isEnrolled(user)) {
            throw new InvalidInputException(CODE_FIELD, "Two-factor sign-in is already on for your account.");
        }
        var secret = new Base32().decode(base32Secret);
        var step = TotpCodes.matchingStep(secret, code, Instant.now())
                .orElseThrow(() -> new InvalidInputException(
                        CODE_FIELD,
                        "That is not the code your app shows now. Check that the app "
                                + "has the key above and that your phone's clock is right, then enter the new code."));
        repository.save(new TotpEnrolment(user.getId(), secrets.protect(secret), step, Instant.now()));
        auditLog.record(AuditAction.TWO_FACTOR_ENROLLED, user.getUsername(), null);
        return newRecoveryCodes(user);
    }

    /** Replaces the signed-in user's recovery codes, once a current code proves they still have their app. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public List<String> renewRecoveryCodes(String code) {
        var user = signedIn.current();
        requireCurrentCode(user, code);
        auditLog.record(AuditAction.RECOVERY_CODES_RENEWED, user.getUsername(), null);
        return newRecoveryCodes(user);
    }

    /** Turns two-factor sign-in off for the signed-in user, with a current code; not while it is required. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void disable(String code) {
        var user = signedIn.current();
        if (isRequired()) {
            throw new InvalidInputException(
                    CODE_FIELD,
                    "Two-factor sign-in is required for all staff, so it cannot "
                            + "be turned off. Make new recovery codes if you need them, or ask an administrator.");
        }
        var enrolment = requireCurrentCode(user, code);
        repository.deleteRecoveryCodes(user.getId());
        repository.delete(enrolment);
        auditLog.record(AuditAction.TWO_FACTOR_DISABLED, user.getUsername(), null);
    }

    /**
     * Removes a user's second factor and recovery codes, for a lost phone: they sign in with their password only,
     * or are asked to set it up again when it is required. False when they had none.
     */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public boolean reset(long userId) {
        var user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("No user " + userId));
        var enrolment = repository.findEnrolment(userId);
        if (enrolment.isEmpty()) {
            return false;
        }
        repository.deleteRecoveryCodes(userId);
        repository.delete(enrolment.get());
        auditLog.record(AuditAction.TWO_FACTOR_RESET, user.getUsername(), null);
        return true;
    }

    /**
     * The second step of a sign-in: true when {@code input} is the current code of {@code username}'s app, not used
     * before, or one of their unused recovery codes (then used up). Refusals and recovery codes are audited.
     */
    @Transactional
    public boolean verifySignIn(String username, String input, String address) {
        var found = users.findByUsername(username);
        var enrolment = found.flatMap(user -> repository.findEnrolment(user.getId()));
        if (enrolment.isEmpty()) {
            return false;
        }
        var user = found.get();
        if (TotpCodes.looksLikeCode(input)) {
            var step = stepOfCode(user, enrolment.get(), input);
            if (step.isPresent() && repository.acceptStep(user.getId(), step.getAsLong())) {
                return true;
            }
            refused(user, (step.isPresent() ? "Code already used" : "Wrong code") + ", from " + address);
            return false;
        }
        var recovery = repository.findUnusedRecoveryCode(user.getId(), RecoveryCodes.hash(input));
        if (recovery.isPresent() && repository.useRecoveryCode(recovery.get().getId(), Instant.now())) {
            auditLog.recordAs(
                    user.getUsername(),
                    AuditAction.RECOVERY_CODE_USED,
                    user.getUsername(),
                    repository.countUnusedRecoveryCodes(user.getId()) + " left, from " + address);
            return true;
        }
        refused(user, "Wrong or used recovery code, from " + address);
        return false;
    }

    /**
     * The time step whose code {@code code} is. When the key cannot be decrypted (the key setting was changed or
     * removed) that is logged for the operator and the code refused; recovery codes still work then.
     */
    private OptionalLong stepOfCode(StaffUser user, TotpEnrolment enrolment, String code) {
        try {
            return TotpCodes.matchingStep(secrets.reveal(enrolment.getSecret()), code, Instant.now());
        } catch (IllegalStateException e) {
            LOG.log(Level.SEVERE, "Two-factor key of {0} cannot be read: {1}", new Object[] {
                user.getUsername(), e.getMessage()
            });
            return OptionalLong.empty();
        }
    }

    private TotpEnrolment requireCurrentCode(StaffUser user, String code) {
        var enrolment = repository
                .findEnrolment(user.getId())
                .orElseThrow(
                        () -> new InvalidInputException(CODE_FIELD, "Two-factor sign-in is not on for your account."));
        var step = stepOfCode(user, enrolment, code);
        if (step.isEmpty() || !repository.acceptStep(user.getId(), step.getAsLong())) {
            refused(user, step.isEmpty() ? "Wrong code" : "Code already used");
            throw new InvalidInputException(
                    CODE_FIELD,
                    "That is not the current code of your app, or it was used "
                            + "already. Wait for the next code and enter it.");
        }
        return enrolment;
    }

    private void refused(StaffUser user, String detail) {
        auditLog.recordAs(user.getUsername(), AuditAction.SECOND_FACTOR_FAILED, user.getUsername(), detail);
    }

    private List<String> newRecoveryCodes(StaffUser user) {
        repository.deleteRecoveryCodes(user.getId());
        var codes = RecoveryCodes.newCodes();
        codes.forEach(code -> repository.saveRecoveryCode(new RecoveryCode(user.getId(), RecoveryCodes.hash(code))));
        return codes;
    }
}
