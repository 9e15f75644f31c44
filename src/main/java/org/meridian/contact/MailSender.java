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
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends plain-text mail to the clinic through the SMTP server of the configuration ({@code meridian.smtp.*},
 * {@code meridian.notify-to}). Without a host and a recipient, mail is off.
 */
@ApplicationScoped
public class MailSender {

    private static final String TIMEOUT_MILLIS = "10000";

    @Inject
    @ConfigProperty(name = "meridian.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "meridian.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "meridian.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "meridian.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "meridian.smtp.from")
    String from;

    @Inject
    @ConfigProperty(name = "meridian.smtp.starttls")
    boolean starttls;

    @Inject
    @ConfigProperty(name = "meridian.notify-to")
    Optional<String> notifyTo;

    private Session session;

    @PostConstruct
    void init() {
        if (!isConfigured()) {
            return;
        }
        var properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        // With STARTTLS on, refuse to send in clear text rather than fall back to it.
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.auth", String.valueOf(hasCredentials()));
        session = Session.getInstance(properties);
    }

    public boolean isConfigured() {
        return host.filter(text -> !text.isBlank()).isPresent()
                && notifyTo.filter(text -> !text.isBlank()).isPresent();
    }

    /** Sends one mail to the clinic; throws when the SMTP server did not accept it. */
    public void sendToClinic(String subject, String body) throws MessagingException {
        if (!isConfigured()) {
            throw new IllegalStateException("No SMTP server is configured");
        }
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(notifyTo.orElseThrow()));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (hasCredentials()) {
            Transport.send(message, user.orElseThrow(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }

    private boolean hasCredentials() {
        return user.filter(text -> !text.isBlank()).isPresent();
    }
}
