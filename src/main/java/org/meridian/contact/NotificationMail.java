package org.meridian.contact;

/**
 * The mail that tells the clinic a request arrived. It carries the reference and a link to the console, and on
 * purpose nothing the patient wrote: no name, contact detail, message or condition, because mail travels and is kept
 * in places the clinic does not control.
 *
 * @param subject the mail's subject
 * @param body    the mail's plain text
 */
public record NotificationMail(String subject, String body) {

    public static NotificationMail of(long requestId, String reference, String baseUrl) {
        var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        var link = base + "/admin/requests/" + requestId;
        return new NotificationMail(
                "New contact request " + reference,
                "A patient sent a contact or appointment request through the website.\n\n"
                        + "Reference: " + reference + "\n"
                        + "Read and answer it in the console (sign-in required):\n" + link + "\n\n"
                        + "This mail deliberately contains no details of the patient or the request.\n");
    }
}
