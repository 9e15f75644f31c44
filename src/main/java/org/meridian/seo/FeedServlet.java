package org.meridian.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.meridian.article.Article;
import org.meridian.article.ArticleService;
import org.meridian.article.LibraryFilter;
import org.meridian.clinic.ClinicService;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;

/**
 * Atom feeds of the newest articles: {@code /feed.xml} for all, {@code /conditions/{slug}/feed.xml} for one
 * condition (forwarded here by the item router with the slug in {@link #CONDITION_SLUG}).
 */
@WebServlet("/feed.xml")
public class FeedServlet extends HttpServlet {

    public static final String CONDITION_SLUG = FeedServlet.class.getName() + ".condition";

    private static final long serialVersionUID = 1L;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    private SiteUrls site;

    @Inject
    private ArticleService articleService;

    @Inject
    private ConditionService conditionService;

    @Inject
    private ClinicService clinicService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var slug = (String) request.getAttribute(CONDITION_SLUG);
        Condition condition = null;
        if (slug != null) {
            var found = conditionService.find(slug);
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            condition = found.get();
        }
        var articles = condition == null
                ? articleService.published(1, LibraryFilter.PAGE_SIZE * 2).items()
                : articleService
                        .library(LibraryFilter.forCondition(condition.getSlug()))
                        .items();
        var selfPath = condition == null ? "/feed.xml" : "/conditions/" + condition.getSlug() + "/feed.xml";
        var pagePath = condition == null ? "/articles" : "/conditions/" + condition.getSlug();
        var clinicName = clinicService.profile().getName();
        var title =
                condition == null ? clinicName + ": articles" : clinicName + ": articles about " + condition.getName();

        response.setContentType("application/atom+xml;charset=UTF-8");
        try (var xml = Xml.writer(response)) {
            var out = xml.stream();
            out.writeStartElement("feed");
            out.writeDefaultNamespace(ATOM);
            Xml.element(out, "title", title);
            Xml.element(out, "id", site.absolute(selfPath));
            link(out, "self", site.absolute(selfPath));
            link(out, "alternate", site.absolute(pagePath));
            Xml.element(out, "updated", iso(lastChange(condition)));
            for (var article : articles) {
                entry(out, article);
            }
            out.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void entry(XMLStreamWriter out, Article article) throws XMLStreamException {
        var url = site.absolute("/articles/" + article.getSlug());
        out.writeStartElement("entry");
        Xml.element(out, "title", article.getTitle());
        Xml.element(out, "id", url);
        link(out, "alternate", url);
        Xml.element(out, "published", iso(article.getPublishedAt()));
        Xml.element(out, "updated", iso(article.getUpdatedAt()));
        out.writeStartElement("author");
        Xml.element(out, "name", article.getAuthorName());
        out.writeEndElement();
        for (var condition : article.getSortedConditions()) {
            out.writeEmptyElement("category");
            out.writeAttribute("term", condition.getSlug());
            out.writeAttribute("label", condition.getName());
        }
        Xml.element(out, "summary", article.getSummary());
        out.writeEndElement();
    }

    private static void link(XMLStreamWriter out, String rel, String href) throws XMLStreamException {
        out.writeEmptyElement("link");
        out.writeAttribute("rel", rel);
        out.writeAttribute("href", href);
    }

    /**
     * When the feed last changed: the latest publish, edit or unpublish of an article it lists or listed, so that an
     * article leaving the feed moves the date on too. A condition none of whose articles was ever published takes
     * the site's latest change; only a site that never published anything has none.
     */
    private Instant lastChange(Condition condition) {
        var ofCondition =
                condition == null ? Optional.<Instant>empty() : articleService.lastListingChange(condition.getSlug());
        return ofCondition.or(articleService::lastListingChange).orElse(null);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }
}
