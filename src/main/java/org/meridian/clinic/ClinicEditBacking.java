package org.meridian.clinic;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.system.EditConflictException;
import org.meridian.system.FacesForms;
import org.meridian.system.InvalidInputException;
import org.omnifaces.util.Messages;

/**
 * The clinic's facts, {@code /admin/clinic} (administrators only): every field of the profile, the weekly hours and
 * the days the clinic is closed. The form edits a copy of the profile, so Bean Validation of the entity checks each
 * field where it is typed.
 */
@Named
@ViewScoped
public class ClinicEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "clinic";
    static final String CLOSURE_FORM = "closure";
    static final String PAGE = "admin/clinic";
    /** As time inputs show and send it; typed times may leave out the leading zero. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm");

    @Inject
    private ClinicService clinicService;

    private ClinicProfile profile;
    private List<DayRow> week;
    private List<ClinicClosure> closures;
    private String closureDay;
    private String closureReason;

    public void load() {
        profile = clinicService.profile();
        closures = clinicService.upcomingClosures();
        week = new ArrayList<>();
        for (var day : DayOfWeek.values()) {
            week.add(profile.getWeeklyHours().stream()
                    .filter(hours -> hours.getDay() == day)
                    .findFirst()
                    .map(hours -> new DayRow(day, true, TIME.format(hours.getOpens()), TIME.format(hours.getCloses())))
                    .orElseGet(() -> new DayRow(day, false, null, null)));
        }
    }

    public void save() {
        var hours = openingHours();
        if (hours.isEmpty()) {
            return;
        }
        profile.setOpeningHours(hours.get());
        try {
            clinicService.update(profile);
            FacesForms.savedThenGo("Saved the clinic's facts. The public pages show them now.", PAGE);
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public void addClosure() {
        try {
            var day = closureDay == null ? null : LocalDate.parse(closureDay.strip());
            clinicService.addClosure(day, closureReason);
            FacesForms.savedThenGo("Added the closure. The public pages show it until the day has passed.", PAGE);
        } catch (DateTimeParseException e) {
            Messages.addError(CLOSURE_FORM + ":day", "Enter a date such as 2025-12-25.");
        } catch (InvalidInputException e) {
            FacesForms.refused(CLOSURE_FORM, e);
        }
    }

    public void removeClosure(long id) {
        clinicService.removeClosure(id);
        FacesForms.savedThenGo("Removed the closure.", PAGE);
    }

    /** The week as typed, or empty after showing where a time is missing or out of order. */
    private Optional<List<OpeningHours>> openingHours() {
        var hours = new ArrayList<OpeningHours>();
        var valid = true;
        for (int i = 0; i < week.size(); i++) {
            var row = week.get(i);
            if (!row.isOpen()) {
                continue;
            }
            var opens = time(row.getOpens(), i, "opens");
            var closes = time(row.getCloses(), i, "closes");
            if (opens.isEmpty() || closes.isEmpty()) {
                valid = false;
            } else if (!closes.get().isAfter(opens.get())) {
                Messages.addError(FORM + ":hours:" + i + ":closes", "Closing time must be after opening time.");
                valid = false;
            } else {
                hours.add(new OpeningHours(row.getDay(), opens.get(), closes.get()));
            }
        }
        return valid ? Optional.of(hours) : Optional.empty();
    }

    private static Optional<LocalTime> time(String text, int row, String field) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.strip(), TYPED_TIME));
        } catch (DateTimeParseException e) {
            Messages.addError(FORM + ":hours:" + row + ":" + field, "Enter a time such as 9:00 or 17:30.");
            return Optional.empty();
        }
    }

    public ClinicProfile getProfile() {
        return profile;
    }

    public List<DayRow> getWeek() {
        return week;
    }

    public List<ClinicClosure> getClosures() {
        return closures;
    }

    public String getClosureDay() {
        return closureDay;
    }

    public void setClosureDay(String closureDay) {
        this.closureDay = closureDay;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    /** One day of the week on the form: open or not, and its hours as typed (24-hour "9:00", "17:30"). */
    public static final class DayRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final DayOfWeek day;
        private boolean open;
        private String opens;
        private String closes;

        DayRow(DayOfWeek day, boolean open, String opens, String closes) {
            this.day = day;
            this.open = open;
            this.opens = opens;
            this.closes = closes;
        }

        public DayOfWeek getDay() {
            return day;
        }

        public String getDayName() {
            return day.getDisplayName(TextStyle.FULL, Locale.US);
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }
}
