package org.meridian.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.meridian.backup.BackupManifest.TableEntry;
import org.meridian.backup.BackupTables.Table;

/**
 * Writes a backup archive: tables one after another, row by row (nothing is held in memory but the current row),
 * then the manifest with each table's row count and checksum.
 */
final class BackupArchiveWriter {

    private final ZipOutputStream zip;
    private final List<TableEntry> written = new ArrayList<>();
    private Table current;
    private DigestOutputStream currentData;
    private long currentRows;

    BackupArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    void beginTable(Table table) throws IOException {
        zip.putNextEntry(new ZipEntry(table.fileName()));
        current = table;
        currentRows = 0;
        currentData = new DigestOutputStream(new KeepOpen(zip), sha256());
    }

    void row(Object[] values) throws IOException {
        currentData.write(RowCodec.encode(current.columns(), values).getBytes(StandardCharsets.UTF_8));
        currentData.write('\n');
        currentRows++;
    }

    void endTable() throws IOException {
        currentData.flush();
        zip.closeEntry();
        written.add(new TableEntry(
                current.name(),
                current.columnNames(),
                currentRows,
                HexFormat.of().formatHex(currentData.getMessageDigest().digest())));
        current = null;
    }

    /** Writes the manifest and ends the zip; the stream given to the constructor stays open. */
    BackupManifest finish(String schemaVersion, String source, boolean patientRequests) throws IOException {
        var manifest = new BackupManifest(
                BackupArchive.FORMAT_VERSION, schemaVersion, Instant.now(), source, patientRequests, written);
        zip.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
        zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return manifest;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Lets the digest stream be flushed per entry without closing the zip under it. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
