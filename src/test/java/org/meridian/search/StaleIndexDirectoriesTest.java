package org.meridian.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleIndexDirectoriesTest {

    @TempDir
    Path temporaryFolder;

    @Test
    void removesOnlyIndexesNobodyHoldsThatAreNotBeingCreated() throws IOException {
        var abandoned = index("meridian-search-abandoned");
        var otherFiles = index("someone-else");
        var starting = Files.createDirectory(temporaryFolder.resolve("meridian-search-starting"));
        var inUse = index("meridian-search-in-use");
        try (var writer = new IndexWriter(FSDirectory.open(inUse), new IndexWriterConfig())) {
            Files.setLastModifiedTime(inUse, anHourAgo());

            StaleIndexDirectories.removeIn(temporaryFolder);

            assertFalse(Files.exists(abandoned), "no lock held: left by a killed server");
            assertTrue(Files.exists(inUse), "its writer holds the lock");
            assertTrue(Files.exists(starting), "created a moment ago: its server may not have taken the lock yet");
            assertTrue(Files.exists(otherFiles), "not ours");
        }
    }

    /** A directory as a killed server leaves it: an index and its unlocked lock file, written an hour ago. */
    private Path index(String name) throws IOException {
        var directory = temporaryFolder.resolve(name);
        try (var writer = new IndexWriter(FSDirectory.open(directory), new IndexWriterConfig())) {
            writer.commit();
        }
        Files.writeString(directory.resolve(IndexWriter.WRITE_LOCK_NAME), "");
        Files.setLastModifiedTime(directory, anHourAgo());
        return directory;
    }

    private static FileTime anHourAgo() {
        return FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    }
}
