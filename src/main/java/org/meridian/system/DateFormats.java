package org.meridian.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as pages show them ("November 24, 2026"), in the clinic's time zone. */
@Named("dates")
@ApplicationScoped
public class DateFormats {

    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US);
    private static final DateTimeFormatter FULL_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a", Locale.US);

    @Inject
    private SiteSettings site;

    public String instant(Instant instant) {
        return instant == null ? "" : LONG_DATE.format(instant.atZone(site.timeZone()));
    }

    /** "Nov 24, 2026, 9:05 AM": when something happened, for the admin console. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(site.timeZone()));
    }

    /** "Thursday, November 27, 2025" */
    public String weekday(LocalDate day) {
        return day == null ? "" : FULL_DATE.format(day);
    }

    public String day(LocalDate day) {
        return day == null ? "" : LONG_DATE.format(day);
    }

    /** The ISO date for a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(site.timeZone()));
    }

    public ZoneId getZone() {
        return site.timeZone();
    }
}
