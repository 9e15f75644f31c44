package org.meridian.contact;

/**
 * Which requests the inbox shows.
 *
 * @param status only requests with this status, or all when null
 * @param text   part of a name, email address or phone number, or null for all
 */
public record RequestFilter(RequestStatus status, String text) {

    public static final RequestFilter ALL = new RequestFilter(null, null);
}
