package org.meridian.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes in the contact form as the public page posts it, through every protection, cheapest first: the signed form
 * token (no database read, so posts without a form of ours never reach the counts), the rate limit per client
 * address, the honeypot, the minimum fill time; then the field rules and storing, which {@link ContactService#submit}
 * does in one transaction with the notification mail; the mail goes out only once the request is stored. No state is
 * kept per visitor: the token carries it. The answer is an {@link Outcome} for the page to show.
 */
@ApplicationScoped
public class ContactSubmissions {

    private static final Logger LOG = Logger.getLogger(ContactSubmissions.class.getName());

    @Inject
    private FormTokens tokens;

    @Inject
    private SubmissionGuard guard;

    @Inject
    private ContactService contactService;

    @Inject
    private MailDispatcher dispatcher;

    public Outcome submit(@NotNull ContactForm form, @NotNull Post post) {
        var now = Instant.now();
        var verified = tokens.verify(post.token(), now);
        if (verified.isEmpty()) {
            return new Outcome.Expired(tokens.issue(now));
        }
        if (!guard.allows(post.clientAddress(), now)) {
            return new Outcome.TooMany();
        }
        if (post.honeypot() != null && !post.honeypot().isBlank()) {
            // A field only robots see was filled in: answer as if all went well, store nothing.
            guard.record(post.clientAddress(), now);
            LOG.fine("Contact form with the honeypot field filled in ignored");
            return new Outcome.Sent(References.next());
        }
        if (guard.isTooFast(verified.get(), now)) {
            return new Outcome.TooFast();
        }
        return store(form, verified.get().submissionKey(), post.clientAddress(), now);
    }

    private Outcome store(ContactForm form, String submissionKey, String clientAddress, Instant now) {
        try {
            var submission = contactService.submit(form, submissionKey);
            if (submission.created()) {
                guard.record(clientAddress, now);
                dispatcher.dispatchSoon();
            }
            return new Outcome.Sent(submission.reference());
        } catch (ConstraintViolationException e) {
            return new Outcome.Invalid(ContactForm.fieldErrors(e.getConstraintViolations()));
        } catch (RuntimeException e) {
            // Either the same form was sent twice at once and the other post stored it, or the database failed and
            // the patient keeps the form to send again. Only the exception's class is logged: its message may quote
            // what the patient wrote.
            LOG.log(
                    Level.WARNING,
                    "A contact request was not stored by this post: {0}",
                    e.getClass().getName());
            try {
                return contactService
                        .referenceOf(submissionKey)
                        .<Outcome>map(Outcome.Sent::new)
                        .orElseGet(Outcome.NotStored::new);
            } catch (RuntimeException again) {
                return new Outcome.NotStored();
            }
        }
    }

    /**
     * What the page posts besides the patient's fields.
     *
     * @param token         the signed token of the form as it was shown
     * @param honeypot      the field people never see
     * @param clientAddress the address the post came from, for the rate limit
     */
    public record Post(String token, String honeypot, String clientAddress) {}

    /** What became of a posted form. */
    public sealed interface Outcome {

        /** Stored, or taken for stored: the confirmation with this reference follows. */
        record Sent(String reference) implements Outcome {}

        /** Rules were broken, field name to message in form order; nothing was stored. */
        record Invalid(Map<String, String> errors) implements Outcome {}

        /** The token was not ours or too old: the form goes back with this new one. */
        record Expired(String freshToken) implements Outcome {}

        /** Sent back sooner than a person fills the form in. */
        record TooFast() implements Outcome {}

        /** The client address sent too many requests within the hour. */
        record TooMany() implements Outcome {}

        /** The database failed: the patient may send the same form again. */
        record NotStored() implements Outcome {}
    }
}
