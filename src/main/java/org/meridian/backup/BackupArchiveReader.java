package org.meridian.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.meridian.backup.BackupManifest.TableEntry;
import org.meridian.backup.BackupTables.Table;

/**
 * Opens a backup archive and checks it before anyone reads a row: a readable zip, only the entries the format has,
 * a manifest of a known format version listing exactly the tables of this release with their columns. Rows are then
 * read table by table; each table's row count and checksum are checked when it has been read, and a data file that
 * inflates far beyond its compressed size is refused as a zip bomb.
 */
final class BackupArchiveReader implements AutoCloseable {

    /** Takes the rows of one table, in order. */
    interface RowSink {
        void accept(Object[] values) throws SQLException;
    }

    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupArchiveReader(ZipFile zip) {
        this.zip = zip;
        try {
            checkEntryNames();
            this.manifest = BackupManifest.fromJson(readManifest());
            checkTables();
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
    }

    static BackupArchiveReader open(Path file) {
        try {
            return new BackupArchiveReader(new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        } catch (ZipException e) {
            throw new BackupRefusedException(
                    "This file is not a readable zip archive; it may be damaged or not a backup.", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup file could not be read: " + e.getMessage(), e);
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /** Reads every row of {@code table} into {@code sink}, then checks the count and checksum the manifest gives. */
    void rows(Table table, RowSink sink) throws SQLException {
        var expected = manifest.tables().stream()
                .filter(entry -> entry.name().equals(table.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(table.name() + " is not in this backup"));
        var entry = zip.getEntry(table.fileName());
        try (var bounded = new InflationLimit(zip.getInputStream(entry), entry, table.name());
                var data = new DigestInputStream(bounded, BackupArchiveWriter.sha256());
                var lines = new BufferedInputStream(data, 64 * 1024)) {
            long rows = 0;
            for (var line = readLine(lines, table.name()); line != null; line = readLine(lines, table.name())) {
                sink.accept(RowCodec.decode(table.name(), table.columns(), line));
                rows++;
            }
            var checksum = HexFormat.of().formatHex(data.getMessageDigest().digest());
            if (!checksum.equals(expected.sha256()) || rows != expected.rows()) {
                throw new BackupRefusedException("The backup's data of " + table.name() + " does not match its "
                        + "checksum: the file was changed or damaged after it was made.");
            }
        } catch (ZipException e) {
            throw new BackupRefusedException("The backup's data of " + table.name() + " is damaged.", e);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup file could not be read: " + e.getMessage(), e);
        }
    }

    private void checkEntryNames() {
        var allowed = new HashSet<String>();
        allowed.add(BackupArchive.MANIFEST);
        BackupTables.ALL.forEach(table -> allowed.add(table.fileName()));
        var seen = new HashSet<String>();
        for (var entry : zip.stream().toList()) {
            if (!allowed.contains(entry.getName()) || !seen.add(entry.getName())) {
                throw new BackupRefusedException("The backup holds an entry a Meridian backup never has (\""
                        + printable(entry.getName()) + "\"); it was not made by Meridian or was tampered with.");
            }
        }
        if (!seen.contains(BackupArchive.MANIFEST)) {
            throw new BackupRefusedException("This file is not a Meridian backup: it has no manifest.json.");
        }
    }

    private String readManifest() {
        var entry = zip.getEntry(BackupArchive.MANIFEST);
        try (var in = zip.getInputStream(entry)) {
            var bytes = in.readNBytes(BackupArchive.MAX_MANIFEST_BYTES + 1);
            if (bytes.length > BackupArchive.MAX_MANIFEST_BYTES) {
                throw new BackupRefusedException("The backup's manifest is far larger than any Meridian writes.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BackupRefusedException("The backup's manifest is damaged.", e);
        }
    }

    /** The manifest must list this release's tables in its order, with its columns, and their files must be there. */
    private void checkTables() {
        var expected = BackupTables.ALL.stream()
                .filter(table -> manifest.patientRequests() || !table.patientData())
                .toList();
        var listed = manifest.tables().stream().map(TableEntry::name).toList();
        if (!listed.equals(expected.stream().map(Table::name).toList())) {
            throw new BackupRefusedException("The backup lists the tables " + listed + "; this release of Meridian "
                    + "expects " + expected.stream().map(Table::name).toList() + ".");
        }
        for (int i = 0; i < expected.size(); i++) {
            var table = expected.get(i);
            if (!manifest.tables().get(i).columns().equals(table.columnNames())) {
                throw new BackupRefusedException("The backup's columns of " + table.name()
                        + " differ from this release's: restore it with the release that made it.");
            }
            if (zip.getEntry(table.fileName()) == null) {
                throw new BackupRefusedException("The backup lacks the data of " + table.name() + ".");
            }
        }
    }

    /** A line of UTF-8 up to '\n' (without it), or null at the end; refuses lines longer than any row can be. */
    private static String readLine(InputStream in, String table) throws IOException {
        var line = new ByteArrayOutputStream();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            if (line.size() >= BackupArchive.MAX_LINE_BYTES) {
                throw new BackupRefusedException("The backup's data of " + table + " has a row longer than any "
                        + "Meridian writes; it is damaged or not a backup.");
            }
            line.write(next);
        }
        if (next == -1 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String printable(String name) {
        var shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 100 ? shown.substring(0, 100) + "..." : shown;
    }

    private void closeQuietly() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Refusing the archive already; a failure to close it adds nothing.
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** Counts inflated bytes and stops a data file that grows beyond what its compressed size allows. */
    private static final class InflationLimit extends FilterInputStream {

        private final long limit;
        private final String table;
        private long count;

        InflationLimit(InputStream in, ZipEntry entry, String table) {
            super(in);
            this.limit = Math.max(entry.getCompressedSize(), 0) * BackupArchive.MAX_INFLATION_RATIO
                    + BackupArchive.INFLATION_SLACK_BYTES;
            this.table = table;
        }

        @Override
        public int read() throws IOException {
            var next = super.read();
            if (next != -1) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            var read = super.read(bytes, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(long bytes) {
            count += bytes;
            if (count > limit) {
                throw new BackupRefusedException("The backup's data of " + table + " inflates to far more than its "
                        + "compressed size (a zip bomb?); it was refused.");
            }
        }
    }
}
