package org.meridian.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives that must not be restored are refused with a message that says why, before or during the restore, and
 * the database is left as it was.
 */
class BackupArchiveTest {

    @TempDir
    Path folder;

    private Map<String, byte[]> validEntries;

    @BeforeEach
    void makeAValidBackup() throws Exception {
        try (var original = MigratedDatabase.create()) {
            MigratedDatabase.fill(original);
            var bytes = new ByteArrayOutputStream();
            BackupExporter.export(original, bytes, true, "unit test");
            var file = Files.write(folder.resolve("valid.zip"), bytes.toByteArray());
            validEntries = new LinkedHashMap<>();
            try (var zip = new ZipFile(file.toFile())) {
                for (var entry : zip.stream().toList()) {
                    validEntries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        assertEquals(BackupTables.ALL.size() + 1, validEntries.size(), "one file per table and the manifest");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        var archive = withManifest(json -> json.replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertRefusedUntouched(archive, "format version 2");
    }

    @Test
    void aManifestOfSomethingElseIsRefused() throws Exception {
        var archive = withManifest(json -> json.replace("meridian-backup", "other-backup"));
        assertRefusedUntouched(archive, "not a Meridian backup");
    }

    @Test
    void dataThatDoesNotMatchItsChecksumIsRefusedAndNothingIsRestored() throws Exception {
        var entries = new LinkedHashMap<>(validEntries);
        var article = new String(entries.get("data/article.jsonl"), StandardCharsets.UTF_8);
        entries.put(
                "data/article.jsonl",
                article.replace("<p>Body</p>", "<p>B0dy</p>").getBytes(StandardCharsets.UTF_8));
        // Staff accounts and everything before articles are inserted first; the refusal must roll them back.
        assertRefusedUntouched(zip(entries), "does not match its checksum");
    }

    @Test
    void anEntryThatLeavesItsFolderIsRefused() throws Exception {
        var entries = new LinkedHashMap<>(validEntries);
        entries.put("../../etc/cron.d/evil", "* * * * * root true".getBytes(StandardCharsets.UTF_8));
        assertRefusedUntouched(zip(entries), "an entry a Meridian backup never has (\"../../etc/cron.d/evil\")");
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        var entries = new LinkedHashMap<>(validEntries);
        // 24 MB of one repeated byte compresses to some 24 KB: far beyond any real data file's ratio.
        entries.put("data/audit_event.jsonl", "[".repeat(24 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        assertRefusedUntouched(zip(entries), "zip bomb");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        var archive = Files.write(folder.resolve("photo.zip"), "\u0089PNG not a zip".getBytes(StandardCharsets.UTF_8));
        assertRefusedUntouched(archive, "not a readable zip archive");
    }

    @Test
    void aZipWithoutManifestIsRefused() throws Exception {
        var entries = new LinkedHashMap<>(validEntries);
        entries.remove(BackupArchive.MANIFEST);
        assertRefusedUntouched(zip(entries), "no manifest.json");
    }

    @Test
    void aMissingTableIsRefused() throws Exception {
        var entries = new LinkedHashMap<>(validEntries);
        entries.remove("data/media_variant.jsonl");
        assertRefusedUntouched(zip(entries), "lacks the data of media_variant");
    }

    @Test
    void aDamagedRowIsRefused() throws Exception {
        var entries = new LinkedHashMap<>(validEntries);
        entries.put("data/health_condition.jsonl", "[1,\"back-pain\"\n".getBytes(StandardCharsets.UTF_8));
        assertRefusedUntouched(zip(entries), "data of health_condition is damaged");
    }

    private void assertRefusedUntouched(Path archive, String reason) throws Exception {
        try (var target = MigratedDatabase.create()) {
            var before = new LinkedHashMap<String, Long>();
            for (var table : BackupTables.ALL) {
                before.put(table.name(), BackupRoundTripTest.count(target, table.name()));
            }
            var refusal = assertThrows(BackupRefusedException.class, () -> BackupImporter.restore(target, archive));
            assertTrue(refusal.getMessage().contains(reason), refusal.getMessage());
            for (var table : BackupTables.ALL) {
                assertEquals(
                        before.get(table.name()),
                        BackupRoundTripTest.count(target, table.name()),
                        table.name() + " left as it was");
            }
        }
    }

    private Path withManifest(UnaryOperator<String> change) throws IOException {
        var entries = new LinkedHashMap<>(validEntries);
        var manifest = new String(entries.get(BackupArchive.MANIFEST), StandardCharsets.UTF_8);
        var changed = change.apply(manifest);
        assertTrue(!changed.equals(manifest), "the test changed the manifest");
        entries.put(BackupArchive.MANIFEST, changed.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private Path zip(Map<String, byte[]> entries) throws IOException {
        var file = Files.createTempFile(folder, "changed", ".zip");
        try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
