package org.meridian.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.security.StaffRole;
import org.meridian.system.MeridianDataSource;
import org.meridian.system.SiteSettings;

/**
 * Backups from the console: the same exporter and importer as the command, on the server's data source. Not
 * transactional itself: the exporter reads in a transaction of its own on a plain connection, and the importer
 * writes everything in one, so a large backup never sits in a JTA transaction with its time limit.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    @Resource(lookup = MeridianDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private RestoredData restoredData;

    @Inject
    private AuditLog auditLog;

    @Inject
    private BackupEvents events;

    @Inject
    private SiteSettings site;

    /**
     * Writes a backup into {@code out}. Recorded in the audit log before a byte is sent; one with patient requests
     * as an access to patient data.
     */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public void export(boolean patientRequests, OutputStream out) throws IOException {
        auditLog.record(
                patientRequests ? AuditAction.BACKUP_WITH_REQUESTS_DOWNLOADED : AuditAction.BACKUP_DOWNLOADED,
                "backup",
                patientRequests ? "including every patient request" : "without patient requests");
        try (var connection = dataSource.getConnection()) {
            var manifest =
                    BackupExporter.export(connection, out, patientRequests, "admin console of " + site.baseUrl());
            LOG.log(Level.INFO, "Backup written: {0} tables, schema version {1}", new Object[] {
                manifest.tables().size(), manifest.schemaVersion()
            });
        } catch (SQLException e) {
            throw new IOException("The database could not be read for the backup", e);
        }
    }

    /**
     * Restores {@code archive} into this new instance, then makes every instance forget what it held in memory (JPA
     * cache, ids taken in advance, page cache, search index: {@link RestoredData} and the content change feed).
     *
     * @throws BackupRefusedException with the reason, when the archive or this instance does not allow a restore
     */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    public BackupManifest restore(Path archive) {
        BackupManifest manifest;
        try (var connection = dataSource.getConnection()) {
            manifest = BackupImporter.restore(connection, archive);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "A restore failed in the database and was rolled back", e);
            throw new BackupRefusedException(
                    "The database refused the restore, so nothing was restored. The server " + "log has the details.",
                    e);
        }
        // Before the audit line: its id may come from a block taken before the restore.
        restoredData.forgetWhatThisInstanceHeld();
        events.restored(manifest);
        LOG.log(Level.INFO, "Backup of {0} restored", manifest.createdAt());
        return manifest;
    }
}
