package org.meridian.contact;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Sends plain-text mail to the clinic through the SMTP server of {@link MailSettings}.
 * Without a host and a recipient, mail is off.
 */
@ApplicationScoped
public class MailSender {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    private MailSettings settings;

    private Session session;

    @PostConstruct
    void init() {
        if (!isConfigured()) {
            return;
        }
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost().orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        // With STARTTLS on, refuse to send in clear text rather than fall back to it.
        var starttls = String.valueOf(settings.smtpStarttls());
        properties.put("mail.smtp.starttls.enable", starttls);
        properties.put("mail.smtp.starttls.required", starttls);
        properties.put("mail.smtp.auth", String.valueOf(hasCredentials()));
        session = Session.getInstance(properties);
    }

    public boolean isConfigured() {
        return settings.smtpHost().isPresent() && settings.notifyTo().isPresent();
    }

    /** Sends one mail to the clinic; throws when the SMTP server did not accept it. */
    public void sendToClinic(String subject, String body) throws MessagingException {
        if (!isConfigured()) {
            throw new IllegalStateException("No SMTP server is configured");
        }
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.smtpFrom()));
        message.setRecipients(
                Message.RecipientType.TO,
                InternetAddress.parse(settings.notifyTo().orElseThrow()));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (hasCredentials()) {
            Transport.send(message, settings.smtpUser().orElseThrow(), settings.smtpPassword());
        } else {
            Transport.send(message);
        }
    }

    private boolean hasCredentials() {
        return settings.smtpUser().isPresent();
    }
}
