package org.meridian.wordpress;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0-1.2, as WordPress 6 writes it) with StAX. An export never has a document type
 * declaration, so none is read: DTDs and external entities are off and a file that declares one is refused, which
 * stops entity expansion ("billion laughs") and reading files of the server ({@code file:///etc/passwd}) alike.
 * The file's size is limited before it is read and its number of elements while it is read. One reader for the
 * whole format: its length is the export's element names, each read in one place.
 */
final class WxrParser {

    static final int MAX_ELEMENTS = 500_000;
    static final int MAX_ITEMS = 20_000;

    private static final String WP = "wp:";
    private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NOT_WXR = "This is not a WordPress export file (WXR). In WordPress, use Tools \u2192 "
            + "Export \u2192 All content and upload the .xml file it downloads.";

    private final long maxBytes;
    private int elements;

    WxrParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    WxrExport parse(byte[] file) {
        if (file.length > maxBytes) {
            throw new RefusedImportException(
                    RefusedImportException.EXPORT_FIELD,
                    "The export file is too big: at most " + maxBytes / (1024 * 1024)
                            + " MB. Export one post type or a date range at a time in WordPress, or raise "
                            + ImportSettings.MAX_MB + ".");
        }
        try {
            var reader = factory().createXMLStreamReader(new ByteArrayInputStream(file));
            try {
                return read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            if (elements == 0) {
                throw new RefusedImportException(
                        RefusedImportException.EXPORT_FIELD, "This file is not XML. " + NOT_WXR, e);
            }
            throw new RefusedImportException(
                    RefusedImportException.EXPORT_FIELD,
                    "The export file is not well-formed XML (line "
                            + (e.getLocation() == null ? "?" : e.getLocation().getLineNumber())
                            + "), so it cannot be a complete WordPress export. Export it again and upload the new file.",
                    e);
        }
    }

    /** The JDK's own StAX parser (not whichever the server brings), with everything that reads DTDs off. */
    private static XMLInputFactory factory() {
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are not read: " + systemId);
        });
        return factory;
    }

    private WxrExport read(XMLStreamReader reader) throws XMLStreamException {
        int event = next(reader);
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedImportException(
                        RefusedImportException.EXPORT_FIELD,
                        "The file declares a document type (DOCTYPE), which WordPress "
                                + "exports never do. It is refused: such declarations can make a server read its own files "
                                + "or run out of memory.");
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new RefusedImportException(RefusedImportException.EXPORT_FIELD, NOT_WXR);
            }
            event = next(reader);
        }
        if (!"rss".equals(reader.getLocalName())) {
            throw new RefusedImportException(RefusedImportException.EXPORT_FIELD, NOT_WXR);
        }
        var channel = new Channel();
        while (next(reader) != XMLStreamConstants.END_DOCUMENT) {
            if (reader.isStartElement()) {
                channel.element(reader);
            }
        }
        if (!channel.isWxr) {
            throw new RefusedImportException(RefusedImportException.EXPORT_FIELD, NOT_WXR);
        }
        return new WxrExport(
                channel.siteUrl,
                channel.authors,
                channel.terms,
                channel.posts,
                channel.attachments,
                channel.otherItems);
    }

    /** What has been read of the channel so far. */
    private final class Channel {
        private boolean isWxr;
        private String siteUrl = "";
        private final List<WxrExport.Author> authors = new ArrayList<>();
        private final List<WxrExport.Term> terms = new ArrayList<>();
        private final List<WxrExport.Post> posts = new ArrayList<>();
        private final List<WxrExport.Attachment> attachments = new ArrayList<>();
        private int otherItems;

        void element(XMLStreamReader reader) throws XMLStreamException {
            switch (name(reader)) {
                case "wp:wxr_version" -> {
                    isWxr = true;
                    reader.getElementText();
                }
                case "wp:base_site_url" -> siteUrl = reader.getElementText().strip();
                case "wp:author" -> {
                    var fields = children(reader);
                    var login = fields.getOrDefault("wp:author_login", "").strip();
                    var display =
                            fields.getOrDefault("wp:author_display_name", "").strip();
                    authors.add(new WxrExport.Author(login, display.isEmpty() ? login : display));
                }
                case "wp:category" -> {
                    var fields = children(reader);
                    terms.add(new WxrExport.Term(
                            fields.getOrDefault("wp:category_nicename", "").strip(),
                            fields.getOrDefault("wp:cat_name", "").strip()));
                }
                case "wp:tag" -> {
                    var fields = children(reader);
                    terms.add(new WxrExport.Term(
                            fields.getOrDefault("wp:tag_slug", "").strip(),
                            fields.getOrDefault("wp:tag_name", "").strip()));
                }
                case "item" -> item(reader);
                default -> {
                    // Channel elements Meridian has no use for (title, description, generator...): their children
                    // are read as the loop goes on.
                }
            }
        }

        private void item(XMLStreamReader reader) throws XMLStreamException {
            if (posts.size() + attachments.size() + otherItems >= MAX_ITEMS) {
                throw new RefusedImportException(
                        RefusedImportException.EXPORT_FIELD,
                        "The export has more than " + MAX_ITEMS + " items. Export posts "
                                + "only, or a date range at a time, in WordPress.");
            }
            var fields = new HashMap<String, String>();
            var meta = new HashMap<String, String>();
            var termSlugs = new ArrayList<String>();
            while (next(reader) != XMLStreamConstants.END_ELEMENT || !"item".equals(reader.getLocalName())) {
                if (!reader.isStartElement()) {
                    continue;
                }
                var name = name(reader);
                if (name.equals("category")) {
                    var domain = reader.getAttributeValue(null, "domain");
                    var nicename = reader.getAttributeValue(null, "nicename");
                    reader.getElementText();
                    if (("category".equals(domain) || "post_tag".equals(domain)) && nicename != null) {
                        termSlugs.add(nicename.strip());
                    }
                } else if (name.equals("wp:postmeta")) {
                    var pair = children(reader);
                    meta.put(pair.getOrDefault("wp:meta_key", ""), pair.getOrDefault("wp:meta_value", ""));
                } else if (name.equals("wp:comment")) {
                    children(reader);
                } else {
                    fields.put(name, reader.getElementText());
                }
            }
            var type = fields.getOrDefault("wp:post_type", "");
            var id = number(fields.get("wp:post_id"));
            var guid = fields.getOrDefault("guid", "").strip();
            var title = fields.getOrDefault("title", "").strip();
            var modified = date(fields.get("wp:post_modified_gmt"));
            if (type.equals("post")) {
                var thumbnail = meta.get("_thumbnail_id");
                posts.add(new WxrExport.Post(
                        id,
                        guid,
                        title,
                        fields.getOrDefault("wp:post_name", "").strip(),
                        fields.getOrDefault("content:encoded", ""),
                        fields.getOrDefault("excerpt:encoded", "").strip(),
                        fields.getOrDefault("wp:status", "draft").strip(),
                        date(fields.get("wp:post_date_gmt")),
                        modified,
                        fields.getOrDefault("dc:creator", "").strip(),
                        List.copyOf(termSlugs),
                        thumbnail == null || thumbnail.isBlank() ? null : number(thumbnail)));
            } else if (type.equals("attachment")) {
                attachments.add(new WxrExport.Attachment(
                        id,
                        number(fields.get("wp:post_parent")),
                        guid,
                        title,
                        fields.getOrDefault("wp:attachment_url", "").strip(),
                        meta.getOrDefault("_wp_attachment_image_alt", "").strip(),
                        modified));
            } else {
                otherItems++;
            }
        }
    }

    /** The simple child elements of the current element, by name, up to its end. */
    private Map<String, String> children(XMLStreamReader reader) throws XMLStreamException {
        var parent = reader.getLocalName();
        var fields = new HashMap<String, String>();
        while (next(reader) != XMLStreamConstants.END_ELEMENT || !parent.equals(reader.getLocalName())) {
            if (reader.isStartElement()) {
                var name = name(reader);
                fields.put(name, reader.getElementText());
            }
        }
        return fields;
    }

    private int next(XMLStreamReader reader) throws XMLStreamException {
        if (!reader.hasNext()) {
            throw new RefusedImportException(RefusedImportException.EXPORT_FIELD, NOT_WXR);
        }
        var event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT && ++elements > MAX_ELEMENTS) {
            throw new RefusedImportException(
                    RefusedImportException.EXPORT_FIELD,
                    "The export has more than " + MAX_ELEMENTS + " XML elements. Export "
                            + "posts only, or a date range at a time, in WordPress.");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new RefusedImportException(
                    RefusedImportException.EXPORT_FIELD,
                    "The file uses an entity (&" + reader.getLocalName() + ";) that "
                            + "WordPress exports never have. It is refused.");
        }
        return event;
    }

    /**
     * The element's name with the prefix WordPress gives its namespace ({@code wp:}, {@code content:},
     * {@code excerpt:}, {@code dc:}), whatever prefix this file uses for it.
     */
    private static String name(XMLStreamReader reader) {
        var namespace = reader.getNamespaceURI();
        var local = reader.getLocalName();
        if (namespace == null || namespace.isEmpty()) {
            return local;
        }
        if (namespace.startsWith("http://wordpress.org/export/")) {
            return (namespace.endsWith("/excerpt/") ? "excerpt:" : WP) + local;
        }
        if (namespace.equals("http://purl.org/rss/1.0/modules/content/")) {
            return "content:" + local;
        }
        if (namespace.equals("http://purl.org/dc/elements/1.1/")) {
            return "dc:" + local;
        }
        return namespace + ":" + local;
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A WordPress GMT date; null for the zero date of drafts, or none. */
    private static Instant date(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WORDPRESS_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
