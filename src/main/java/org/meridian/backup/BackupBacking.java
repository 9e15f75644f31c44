package org.meridian.backup;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.meridian.system.FacesForms;
import org.meridian.system.SiteSettings;
import org.meridian.web.WebSettings;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/** {@code /admin/backup}: download a backup of the whole site, or restore one into this new instance. */
@Named
@RequestScoped
public class BackupBacking {

    static final String RESTORE_FORM = "restore";

    @Inject
    private BackupService backupService;

    @Inject
    private SiteSettings site;

    @Inject
    private WebSettings web;

    private boolean patientRequests;
    private UploadedFile file;

    /** Sends the backup as it is written, so even a large one needs no memory or disk on the server. */
    public void download() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/zip");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"meridian-backup-" + LocalDate.now(site.timeZone())
                        + (patientRequests ? "-with-patient-requests" : "") + ".zip\"");
        external.setResponseHeader("Cache-Control", "no-store");
        backupService.export(patientRequests, external.getResponseOutputStream());
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void restore() {
        if (file == null || file.getSize() == 0) {
            refuse("Choose a backup file (.zip) to restore.");
            return;
        }
        try {
            var archive = Files.createTempFile("meridian-restore-", ".zip");
            try {
                try (var in = file.getInputStream()) {
                    Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
                }
                var manifest = backupService.restore(archive);
                FacesForms.savedThenGo(
                        "Restored the backup of "
                                + DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a", Locale.US)
                                        .withZone(site.timeZone())
                                        .format(manifest.createdAt())
                                + ". The site shows its content now; staff "
                                + "sign in with the accounts and passwords of the backup.",
                        "admin/backup");
            } finally {
                Files.deleteIfExists(archive);
            }
        } catch (BackupRefusedException e) {
            refuse(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuse(String message) {
        Messages.addError(RESTORE_FORM + ":file", message);
        Faces.validationFailed();
    }

    public long getMaxUploadMegabytes() {
        return web.requestMaxKilobytes() / 1024;
    }

    public boolean isPatientRequests() {
        return patientRequests;
    }

    public void setPatientRequests(boolean patientRequests) {
        this.patientRequests = patientRequests;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
