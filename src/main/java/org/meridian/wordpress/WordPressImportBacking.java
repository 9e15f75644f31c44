package org.meridian.wordpress;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.meridian.system.FacesForms;
import org.meridian.system.UploadedFiles;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/import}: upload a WordPress export (and a zip of its uploads), see what importing it would do, then
 * confirm. The files are kept in the view between the preview and the confirmation, so the import works on exactly
 * the files previewed.
 */
@Named
@ViewScoped
public class WordPressImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "upload";

    @Inject
    private WordPressImportService importService;

    /** Only within the request that uploads them. */
    private transient Part exportFile;

    private transient Part uploadsZip;
    private byte[] export;
    private byte[] uploads;
    /** Shown by the request that made it; the confirmation plans again on the database as it is then. */
    private transient ImportPlan plan;

    public void preview() {
        export = null;
        uploads = null;
        if (!UploadedFiles.isPresent(exportFile)) {
            refuse(RefusedImportException.EXPORT_FIELD, "Choose the export file WordPress made (Tools \u2192 Export).");
            return;
        }
        try {
            var exportBytes = UploadedFiles.bytes(exportFile);
            var uploadBytes = UploadedFiles.isPresent(uploadsZip) ? UploadedFiles.bytes(uploadsZip) : null;
            plan = importService.preview(exportBytes, uploadBytes);
            if (!plan.isNothingToDo()) {
                export = exportBytes;
                uploads = uploadBytes;
            }
        } catch (RefusedImportException e) {
            refuse(e.getField(), e.getMessage());
        }
    }

    public void confirm() {
        if (export == null) {
            Messages.addGlobalError("Upload the export file and look at the preview first.");
            Faces.validationFailed();
            return;
        }
        try {
            var done = importService.importAll(export, uploads);
            FacesForms.savedThenGo(
                    "Imported from WordPress: " + done.count(ImportPlan.Action.CREATE)
                            + " articles created, " + done.count(ImportPlan.Action.UPDATE) + " updated, "
                            + done.count(ImportPlan.Action.SKIP) + " skipped.",
                    "admin/import");
        } catch (RefusedImportException e) {
            Messages.addGlobalError(e.getMessage());
            Faces.validationFailed();
        }
    }

    private static void refuse(String field, String message) {
        if (field == null) {
            Messages.addGlobalError(message);
        } else {
            Messages.addError(FORM + ":" + field, message);
        }
        Faces.validationFailed();
    }

    /** A preview with something to import was shown: the confirmation may be sent. */
    public boolean isImportable() {
        return export != null;
    }

    public ImportPlan getPlan() {
        return plan;
    }

    public long getMaxMegabytes() {
        return importService.getMaxMegabytes();
    }

    public Part getExportFile() {
        return exportFile;
    }

    public void setExportFile(Part exportFile) {
        this.exportFile = exportFile;
    }

    public Part getUploadsZip() {
        return uploadsZip;
    }

    public void setUploadsZip(Part uploadsZip) {
        this.uploadsZip = uploadsZip;
    }
}
