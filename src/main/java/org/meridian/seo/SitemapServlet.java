package org.meridian.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.article.ArticleService;
import org.meridian.condition.ConditionService;

/**
 * {@code /sitemap.xml}: the public pages and every published article search engines may list, with lastmod where
 * Meridian knows when the page last changed.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    private SiteUrls site;

    @Inject
    private ArticleService articleService;

    @Inject
    private ConditionService conditionService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        try (var xml = Xml.writer(response)) {
            var out = xml.stream();
            out.writeStartElement("urlset");
            out.writeDefaultNamespace(NAMESPACE);
            // The library and the hubs are lists of articles: they change when one of their articles does. No date
            // is kept of changes to the clinic's facts or the conditions, which the other pages show, and a lastmod
            // that is sometimes wrong is worse than none: search engines then stop trusting the sitemap's dates.
            var listings = articleService.listingChanges();
            url(out, "/", null);
            url(out, "/articles", listings.library());
            url(out, "/conditions", null);
            url(out, "/contact", null);
            for (var condition : conditionService.all()) {
                url(out, "/conditions/" + condition.getSlug(), listings.hub(condition.getSlug()));
            }
            for (var entry : articleService.sitemapEntries()) {
                url(out, "/articles/" + entry.slug(), entry.updatedAt());
            }
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void url(XMLStreamWriter out, String path, Instant lastModified) throws XMLStreamException {
        out.writeStartElement("url");
        Xml.element(out, "loc", site.absolute(path));
        if (lastModified != null) {
            Xml.element(out, "lastmod", DateTimeFormatter.ISO_INSTANT.format(lastModified));
        }
        out.writeEndElement();
    }
}
