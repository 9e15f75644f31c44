package org.meridian.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WxrParserTest {

    private static final long LIMIT = 10L * 1024 * 1024;

    static byte[] fixture(String name) {
        try (var in = WxrParserTest.class.getResourceAsStream("/wxr/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WxrExport parse(String name) {
        return new WxrParser(LIMIT).parse(fixture(name));
    }

    private static String refusal(byte[] file) {
        return assertThrows(RefusedImportException.class, () -> new WxrParser(LIMIT).parse(file))
                .getMessage();
    }

    @Test
    void readsTheAuthorsCategoriesTagsPostsAndAttachmentsOfAWordPressExport() {
        var export = parse("clinic.xml");
        assertEquals("https://oldclinic.example", export.siteUrl());
        assertEquals(List.of(new WxrExport.Author("meilee", "Dr. Mei Lee, L.Ac.")), export.authors());
        assertEquals(
                List.of("back-pain", "sciatica", "uncategorized", "piriformis-syndrome", "herniated-disc"),
                export.terms().stream().map(WxrExport.Term::slug).toList());
        assertEquals("Back Pain", export.terms().get(0).name());
        assertEquals(
                List.of(10L, 11L, 12L, 14L, 13L),
                export.posts().stream().map(WxrExport.Post::wordPressId).toList());
        assertEquals(1, export.otherItems(), "the page");

        var backPain = export.posts().get(0);
        assertEquals("Acupuncture for Chronic Back Pain", backPain.title());
        assertEquals("chronic-back-pain-relief", backPain.slug());
        assertEquals("publish", backPain.status());
        assertEquals("https://oldclinic.example/?p=10", backPain.guid());
        assertEquals(Instant.parse("2024-05-02T16:30:00Z"), backPain.postedAt());
        assertEquals(Instant.parse("2024-05-10T18:00:00Z"), backPain.modifiedAt());
        assertEquals("meilee", backPain.creator());
        assertEquals(List.of("back-pain", "herniated-disc"), backPain.termSlugs());
        assertEquals(20L, backPain.thumbnailId());
        assertTrue(backPain.contentHtml().contains("<!-- wp:paragraph -->"));
        assertTrue(backPain.excerpt().startsWith("About three in ten"));

        var draft = export.posts().get(2);
        assertEquals("draft", draft.status());
        assertNull(draft.postedAt(), "WordPress's zero date of an unpublished draft");
        assertEquals("", draft.slug());

        var scheduled = export.posts().get(3);
        assertEquals("future", scheduled.status());
        assertEquals(Instant.parse("2031-03-01T17:00:00Z"), scheduled.postedAt());

        var image = export.attachments().get(0);
        assertEquals(20L, image.wordPressId());
        assertEquals(10L, image.parentId());
        assertEquals("https://oldclinic.example/wp-content/uploads/2024/05/needles.jpg", image.url());
        assertEquals("Fine acupuncture needles along a patient's lower back", image.altText());
    }

    @Test
    void refusesTheBillionLaughsWithoutExpandingAnything() {
        var message = refusal(fixture("billion-laughs.xml"));
        assertTrue(message.contains("document type (DOCTYPE)"), message);
    }

    @Test
    void refusesAnExternalEntityAndNeverReadsTheFileItNames() {
        var message = refusal(fixture("external-entity.xml"));
        assertTrue(message.contains("DOCTYPE"), message);
        assertFalse(message.contains("root:"), "nothing of /etc/passwd in the answer");
    }

    @Test
    void refusesAnEntityUsedWithoutADoctype() {
        var file = new String(fixture("clinic.xml"), StandardCharsets.UTF_8)
                .replace("<title>Sacramento", "<title>&secret;Sacramento")
                .getBytes(StandardCharsets.UTF_8);
        var message = refusal(file);
        assertTrue(message.contains("not well-formed") || message.contains("entity"), message);
    }

    @Test
    void refusesAFileThatIsNotXml() {
        var message = refusal(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
        assertTrue(message.contains("not XML"), message);
    }

    @Test
    void refusesXmlThatIsNotAWordPressExport() {
        assertTrue(refusal(fixture("not-wxr.xml")).contains("not a WordPress export file"));
        assertTrue(refusal("<?xml version=\"1.0\"?><html><body/></html>".getBytes(StandardCharsets.UTF_8))
                .contains("not a WordPress export file"));
    }

    @Test
    void refusesAFileThatEndsHalfway() {
        var whole = new String(fixture("clinic.xml"), StandardCharsets.UTF_8);
        var message = refusal(whole.substring(0, whole.length() / 2).getBytes(StandardCharsets.UTF_8));
        assertTrue(message.contains("not well-formed XML") || message.contains("not a WordPress export"), message);
    }

    @Test
    void refusesAFileAboveTheSizeLimitBeforeReadingIt() {
        var file = fixture("clinic.xml");
        var message = assertThrows(RefusedImportException.class, () -> new WxrParser(file.length - 1).parse(file))
                .getMessage();
        assertTrue(message.contains("too big"), message);
        assertEquals(
                RefusedImportException.EXPORT_FIELD,
                assertThrows(RefusedImportException.class, () -> new WxrParser(file.length - 1).parse(file))
                        .getField());
    }

    @Test
    void refusesAFileWithMoreElementsThanTheLimit() {
        var many = new StringBuilder("<?xml version=\"1.0\"?><rss xmlns:wp=\"http://wordpress.org/export/1.2/\">"
                + "<channel><wp:wxr_version>1.2</wp:wxr_version>");
        many.append("<x/>".repeat(WxrParser.MAX_ELEMENTS + 1)).append("</channel></rss>");
        var message = refusal(many.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(message.contains("more than " + WxrParser.MAX_ELEMENTS + " XML elements"), message);
    }
}
