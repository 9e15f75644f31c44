package org.meridian.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the mail that tells the clinic about new requests: the SMTP server, the recipient and the outbox.
 * Their keys are written here once (see system/SiteSettings). Without a host and a recipient, mail is off.
 */
@ApplicationScoped
public class MailSettings {

    public static final String SMTP_HOST = "meridian.smtp.host";
    public static final String SMTP_PORT = "meridian.smtp.port";
    /** No default. */
    public static final String SMTP_USER = "meridian.smtp.user";
    /** No default. */
    public static final String SMTP_PASSWORD = "meridian.smtp.password";

    public static final String SMTP_FROM = "meridian.smtp.from";
    public static final String SMTP_STARTTLS = "meridian.smtp.starttls";
    public static final String NOTIFY_TO = "meridian.notify-to";
    public static final String POLL_SECONDS = "meridian.mail.poll-seconds";
    public static final String RETRY_MIN_SECONDS = "meridian.mail.retry-min-seconds";
    public static final String RETRY_MAX_SECONDS = "meridian.mail.retry-max-seconds";

    @Inject
    @ConfigProperty(name = SMTP_HOST)
    private Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = SMTP_PORT)
    private int smtpPort;

    @Inject
    @ConfigProperty(name = SMTP_USER)
    private Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = SMTP_PASSWORD)
    private Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = SMTP_FROM)
    private String smtpFrom;

    @Inject
    @ConfigProperty(name = SMTP_STARTTLS)
    private boolean smtpStarttls;

    @Inject
    @ConfigProperty(name = NOTIFY_TO)
    private Optional<String> notifyTo;

    @Inject
    @ConfigProperty(name = POLL_SECONDS)
    private long pollSeconds;

    @Inject
    @ConfigProperty(name = RETRY_MIN_SECONDS)
    private long retryMinSeconds;

    @Inject
    @ConfigProperty(name = RETRY_MAX_SECONDS)
    private long retryMaxSeconds;

    /** Empty when not set (or blank). */
    public Optional<String> smtpHost() {
        return smtpHost.filter(text -> !text.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Empty when the server takes mail without signing in. */
    public Optional<String> smtpUser() {
        return smtpUser.filter(text -> !text.isBlank());
    }

    public String smtpPassword() {
        return smtpPassword.orElse("");
    }

    public String smtpFrom() {
        return smtpFrom;
    }

    public boolean smtpStarttls() {
        return smtpStarttls;
    }

    /** The clinic's addresses, comma-separated; empty when not set (or blank). */
    public Optional<String> notifyTo() {
        return notifyTo.filter(text -> !text.isBlank());
    }

    /** How often the outbox is looked at. */
    public long pollSeconds() {
        return pollSeconds;
    }

    /** The wait after a failed send doubles from this ... */
    public long retryMinSeconds() {
        return retryMinSeconds;
    }

    /** ... up to this. */
    public long retryMaxSeconds() {
        return retryMaxSeconds;
    }
}
