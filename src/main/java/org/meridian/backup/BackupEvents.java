package org.meridian.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;

/** What a restore tells the rest of the site, in one transaction: the audit log, and every instance's caches. */
@ApplicationScoped
public class BackupEvents {

    /** The archive says where it comes from; keep the audit line short whatever it says. */
    private static final int MAX_SOURCE = 200;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChanges;

    @Transactional
    void restored(BackupManifest manifest) {
        auditLog.record(
                AuditAction.BACKUP_RESTORED,
                "backup of " + manifest.createdAt(),
                manifest.tables().stream()
                                .mapToLong(BackupManifest.TableEntry::rows)
                                .sum() + " rows, "
                        + (manifest.patientRequests() ? "with" : "without") + " patient requests, from "
                        + abbreviated(manifest.source()));
        contentChanges.record(ContentKind.ALL, 0);
    }

    private static String abbreviated(String text) {
        return text.length() <= MAX_SOURCE ? text : text.substring(0, MAX_SOURCE) + "...";
    }
}
