package org.meridian.wordpress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UploadsArchiveTest {

    private static final long LIMIT = 50L * 1024 * 1024;
    private static final long IMAGE_LIMIT = 1024 * 1024;
    private static final Set<String> WANTED = Set.of("2024/05/needles.jpg", "2024/05/bomb.png");

    private static UploadsArchive read(byte[] zip, long limit) {
        return UploadsArchive.read(zip, limit, WANTED, IMAGE_LIMIT);
    }

    private static String refusal(byte[] zip, long limit) {
        var refused = assertThrows(RefusedImportException.class, () -> read(zip, limit));
        assertEquals(RefusedImportException.UPLOADS_FIELD, refused.getField());
        return refused.getMessage();
    }

    @Test
    void keepsTheImagesAttachmentsNameFoundByTheirUrlOnTheOldSite() {
        var photo = UploadsZip.jpeg(64, 48);
        var archive = read(
                new UploadsZip()
                        .add("wp-content/uploads/2024/05/Needles.JPG", photo)
                        .add("wp-content/uploads/2024/05/needles-300x200.jpg", UploadsZip.jpeg(30, 20))
                        .add("wp-content/uploads/2023/01/unused.jpg", UploadsZip.jpeg(30, 20))
                        .add("wp-content/uploads/readme.txt", "not an image".getBytes(StandardCharsets.UTF_8))
                        .bytes(),
                LIMIT);
        assertArrayEquals(
                photo,
                archive.find("https://old.example/wp-content/uploads/2024/05/needles.jpg")
                        .orElseThrow());
        assertTrue(
                archive.find("https://old.example/wp-content/uploads/2023/01/unused.jpg")
                        .isEmpty(),
                "only images an attachment names are kept");
        assertTrue(archive.find("https://old.example/wp-content/uploads/readme.txt")
                .isEmpty());
    }

    @Test
    void theOriginalOfASmallerCopyIsTheNameWithoutTheSize() {
        assertEquals(
                "2024/05/needles.jpg",
                UploadsArchive.originalPath("https://old.example/wp-content/uploads/2024/05/needles-300x200.jpg"));
        assertEquals("2024/05/needles.jpg", UploadsArchive.originalPath("/wp-content/uploads/2024/05/needles.jpg"));
    }

    @Test
    void refusesAWantedImageLargerThanTheMediaLibraryTakes() {
        var message = refusal(
                new UploadsZip()
                        .add("uploads/2024/05/needles.jpg", new byte[(int) IMAGE_LIMIT + 1])
                        .bytes(),
                LIMIT);
        assertTrue(message.contains("larger than the media library takes"), message);
    }

    @Test
    void refusesAPathThatClimbsOutOfTheFolder() {
        for (var path : new String[] {
            "../../etc/cron.d/evil.jpg",
            "uploads/../../x.png",
            "/etc/passwd.jpg",
            "C:/Windows/x.jpg",
            "uploads\\..\\..\\x.jpg"
        }) {
            var message = refusal(new UploadsZip().add(path, new byte[] {1}).bytes(), LIMIT);
            assertTrue(message.contains("leads out of its folder"), path + ": " + message);
        }
    }

    @Test
    void stopsAZipBombWhileUnpackingIt() {
        // 64 MB of zeros compress to about 64 KB; the limit is 1 MB.
        var zeros = new byte[64 * 1024 * 1024];
        var bomb = new UploadsZip().add("uploads/2024/05/bomb.png", zeros).bytes();
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small packed: " + bomb.length);
        var message = refusal(bomb, 1024 * 1024);
        assertTrue(message.contains("unpacks to more than the import takes"), message);
    }

    @Test
    void countsFilesThatAreNotImagesAgainstTheLimitToo() {
        var bomb = new UploadsZip()
                .add("uploads/huge.txt", new byte[4 * 1024 * 1024])
                .bytes();
        assertTrue(refusal(bomb, 1024 * 1024).contains("unpacks to more"));
    }

    @Test
    void refusesAFileThatIsNotAZip() {
        var message = refusal("<?xml version=\"1.0\"?><rss/>".getBytes(StandardCharsets.UTF_8), LIMIT);
        assertTrue(message.contains("not a zip file"), message);
    }
}
