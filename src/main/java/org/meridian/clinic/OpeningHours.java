package org.meridian.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/** The hours the clinic is open on one day of the week. A day without an entry is a closed day. */
@Embeddable
public class OpeningHours implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opens;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closes;

    protected OpeningHours() {}

    public OpeningHours(DayOfWeek day, LocalTime opens, LocalTime closes) {
        if (day == null || opens == null || closes == null) {
            throw new IllegalArgumentException("Opening hours need a day, an opening and a closing time");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("The clinic must close after it opens on " + day);
        }
        this.day = day;
        this.opens = opens;
        this.closes = closes;
    }

    public DayOfWeek getDay() {
        return day;
    }

    public LocalTime getOpens() {
        return opens;
    }

    public LocalTime getCloses() {
        return closes;
    }

    public String getDayName() {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours that
                && day == that.day
                && opens.equals(that.opens)
                && closes.equals(that.closes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, opens, closes);
    }

    /** "9:00 AM – 6:00 PM" */
    public String getTimeRange() {
        return TIME.format(opens) + " \u2013 " + TIME.format(closes);
    }
}
