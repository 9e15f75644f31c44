package org.meridian.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Backups from the command line, on the database the server uses (the same {@code MERIDIAN_DB_*} or
 * {@code MERIDIAN_DATA_DIR} settings), with the server stopped for an embedded database:
 * <pre>
 * java -jar meridian-backup.jar export FILE [--with-patient-requests]
 * java -jar meridian-backup.jar import FILE
 * </pre>
 * Exit status 0 when done, 1 when refused (the reason is printed), 2 for a wrong command line.
 */
public final class BackupCommand {

    static final String WITH_PATIENT_REQUESTS = "--with-patient-requests";

    private BackupCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, CommandSettings.fromClasspathAndEnvironment(), System.out, System.err));
    }

    static int run(String[] args, CommandSettings settings, PrintStream out, PrintStream err) {
        var export = args.length >= 2
                && args[0].equals("export")
                && (args.length == 2 || args.length == 3 && args[2].equals(WITH_PATIENT_REQUESTS));
        var restore = args.length == 2 && args[0].equals("import");
        if (!export && !restore) {
            err.println("Usage: java -jar meridian-backup.jar export FILE [" + WITH_PATIENT_REQUESTS + "]");
            err.println("       java -jar meridian-backup.jar import FILE");
            err.println(
                    "The database is the server's: MERIDIAN_DB_URL, MERIDIAN_DB_USER and MERIDIAN_DB_PASSWORD, or the "
                            + "embedded one in MERIDIAN_DATA_DIR (stop the server first).");
            return 2;
        }
        var file = Path.of(args[1]);
        try (var connection = connect(settings)) {
            if (export) {
                var manifest = exportTo(connection, file, args.length == 3, settings.dbUrl());
                out.println("Backed up " + totalRows(manifest) + " rows of "
                        + manifest.tables().size() + " tables ("
                        + (manifest.patientRequests() ? "with" : "without") + " patient requests, schema version "
                        + manifest.schemaVersion() + ") to " + file);
            } else {
                var manifest = BackupImporter.restore(connection, file);
                out.println("Restored " + totalRows(manifest) + " rows of "
                        + manifest.tables().size() + " tables from the backup of " + manifest.createdAt() + " ("
                        + manifest.source() + ").");
            }
            return 0;
        } catch (BackupRefusedException e) {
            err.println(e.getMessage());
            return 1;
        } catch (SQLException | IOException e) {
            err.println("The backup failed: " + e.getMessage());
            return 1;
        }
    }

    /** Writes next to {@code file} first, so a failed export never leaves a file that looks like a backup. */
    private static BackupManifest exportTo(Connection connection, Path file, boolean patientRequests, String dbUrl)
            throws SQLException, IOException {
        if (Files.exists(file)) {
            throw new BackupRefusedException(file + " exists already; choose another file name.");
        }
        var folder = file.toAbsolutePath().getParent();
        var partial = Files.createTempFile(folder, ".meridian-backup-", ".part");
        try {
            BackupManifest manifest;
            try (var out = Files.newOutputStream(partial)) {
                manifest = BackupExporter.export(connection, out, patientRequests, source(dbUrl));
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Where the backup comes from: the host and the database, without the URL's options. */
    private static String source(String dbUrl) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            host = "unknown host";
        }
        return "backup command on " + host + ", database " + dbUrl.split(";|\\?", 2)[0];
    }

    private static Connection connect(CommandSettings settings) throws SQLException {
        // The drivers' service files overwrite each other in the one jar: register both by name.
        for (var driver : new String[] {"org.h2.Driver", "org.postgresql.Driver"}) {
            try {
                Class.forName(driver);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The backup jar lacks the JDBC driver " + driver, e);
            }
        }
        var url = settings.dbUrl();
        // Never create an embedded database file where none is: a mistyped data folder should fail, not back up
        // nothing.
        if (url.startsWith("jdbc:h2:file:")) {
            url += ";IFEXISTS=TRUE";
        }
        return DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
    }

    private static long totalRows(BackupManifest manifest) {
        return manifest.tables().stream()
                .mapToLong(BackupManifest.TableEntry::rows)
                .sum();
    }
}
