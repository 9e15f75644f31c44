package org.meridian.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.meridian.clinic.ClinicService;

/** The privacy notice, {@code /privacy}: the clinic's own text, and how long requests are really kept. */
@Named
@RequestScoped
public class PrivacyBacking {

    @Inject
    private ClinicService clinicService;

    @Inject
    private ContactSettings settings;

    /** The notice's paragraphs: staff separate them with blank lines. */
    public List<String> getParagraphs() {
        return Arrays.stream(clinicService.profile().getPrivacyNotice().split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .toList();
    }

    public int getRetentionDays() {
        return settings.retentionDays();
    }
}
