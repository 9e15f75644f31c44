package org.meridian.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Removes the search index directories that instances killed without a shutdown (kill -9, a crash, a power cut) left
 * in the temporary folder. An index is abandoned when nobody holds its Lucene write lock: a running instance holds
 * it as long as it lives, and the operating system releases it when the process ends, however it ends.
 */
final class StaleIndexDirectories {

    static final String PREFIX = "meridian-search-";
    private static final Logger LOG = Logger.getLogger(StaleIndexDirectories.class.getName());
    /** Another instance starting on this machine creates its directory a moment before it takes the lock. */
    private static final Duration STARTING = Duration.ofMinutes(1);

    private StaleIndexDirectories() {}

    static void removeIn(Path folder) {
        try (var directories = Files.newDirectoryStream(folder, PREFIX + "*")) {
            directories.forEach(StaleIndexDirectories::removeIfAbandoned);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not look for search indexes earlier runs left in " + folder + ": " + e);
        }
    }

    /** One directory that cannot be looked into (another user's, say) must not keep the others. */
    private static void removeIfAbandoned(Path directory) {
        try {
            if (Files.isDirectory(directory) && isAbandoned(directory)) {
                IOUtils.rm(directory);
                LOG.info(() -> "Removed the search index an earlier run left behind: " + directory);
            }
        } catch (IOException e) {
            // Disk space, not correctness: the new index goes into a directory of its own either way.
            LOG.log(Level.WARNING, "Could not remove the search index " + directory + ": " + e);
        }
    }

    private static boolean isAbandoned(Path directory) throws IOException {
        if (Files.getLastModifiedTime(directory)
                .toInstant()
                .isAfter(Instant.now().minus(STARTING))) {
            return false;
        }
        try (var index = FSDirectory.open(directory);
                var lock = index.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            return true;
        } catch (LockObtainFailedException inUse) {
            return false;
        }
    }
}
