package org.meridian.seo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meridian.article.Article;
import org.meridian.clinic.ClinicProfile;
import org.meridian.clinic.OpeningHours;
import org.meridian.condition.Condition;

/**
 * schema.org JSON-LD for the pages: the clinic ({@code MedicalClinic}) on every page, an article as a
 * {@code MedicalWebPage} about its {@code MedicalCondition}s, and breadcrumbs. Built with JSON-P, so every value is
 * escaped; {@code </} is escaped too, so no value can close the surrounding script element.
 */
@Named("structuredData")
@ApplicationScoped
public class StructuredData {

    private static final String SCHEMA = "https://schema.org";

    @Inject
    private SiteUrls site;

    public String clinic(ClinicProfile clinic) {
        return render(clinicObject(clinic).add("@context", SCHEMA).build());
    }

    public String article(Article article, ClinicProfile clinic) {
        var page = Json.createObjectBuilder()
                .add("@context", SCHEMA)
                .add("@type", "MedicalWebPage")
                .add("url", site.absolute("/articles/" + article.getSlug()))
                .add("name", article.getTitle())
                .add("headline", article.getTitle())
                .add("description", article.getSummary())
                .add("author", Json.createObjectBuilder().add("@type", "Person").add("name", article.getAuthorName()))
                .add(
                        "publisher",
                        Json.createObjectBuilder()
                                .add("@type", "MedicalClinic")
                                .add("name", clinic.getName())
                                .add("url", site.absolute("/")));
        if (article.getPublishedAt() != null) {
            page.add("datePublished", DateTimeFormatter.ISO_INSTANT.format(article.getPublishedAt()));
        }
        page.add("dateModified", DateTimeFormatter.ISO_INSTANT.format(article.getUpdatedAt()));
        if (article.getLastReviewedOn() != null) {
            page.add("lastReviewed", article.getLastReviewedOn().toString());
        }
        if (article.getReviewer() != null) {
            var reviewer = Json.createObjectBuilder()
                    .add("@type", "Person")
                    .add("name", article.getReviewer().getName());
            if (article.getReviewer().getCredentials() != null) {
                reviewer.add("honorificSuffix", article.getReviewer().getCredentials());
            }
            page.add("reviewedBy", reviewer);
        }
        var about = Json.createArrayBuilder();
        article.getSortedConditions().forEach(condition -> about.add(condition(condition)));
        page.add("about", about);
        if (article.getHeroImage() != null) {
            page.add("image", site.absolute(article.getHeroImage().getUrl()));
        }
        return render(page.build());
    }

    public String conditionPage(Condition condition) {
        var object = condition(condition).add("@context", SCHEMA);
        if (condition.getDescription() != null) {
            object.add("description", condition.getDescription());
        }
        return render(object.build());
    }

    /** Home > Articles > the article. */
    public String articleBreadcrumbs(Article article) {
        return breadcrumbs(List.of(
                List.of("Home", "/"),
                List.of("Articles", "/articles"),
                List.of(article.getTitle(), "/articles/" + article.getSlug())));
    }

    /** Home > Conditions > the condition. */
    public String conditionBreadcrumbs(Condition condition) {
        return breadcrumbs(List.of(
                List.of("Home", "/"),
                List.of("Conditions", "/conditions"),
                List.of(condition.getName(), "/conditions/" + condition.getSlug())));
    }

    /** A trail of (name, path) pairs, home first. */
    private String breadcrumbs(List<List<String>> trail) {
        var items = Json.createArrayBuilder();
        for (int i = 0; i < trail.size(); i++) {
            items.add(Json.createObjectBuilder()
                    .add("@type", "ListItem")
                    .add("position", i + 1)
                    .add("name", trail.get(i).get(0))
                    .add("item", site.absolute(trail.get(i).get(1))));
        }
        return render(Json.createObjectBuilder()
                .add("@context", SCHEMA)
                .add("@type", "BreadcrumbList")
                .add("itemListElement", items)
                .build());
    }

    private JsonObjectBuilder condition(Condition condition) {
        var object = Json.createObjectBuilder()
                .add("@type", "MedicalCondition")
                .add("name", condition.getName())
                .add("url", site.absolute("/conditions/" + condition.getSlug()));
        if (!condition.getSynonyms().isEmpty()) {
            object.add("alternateName", Json.createArrayBuilder(condition.getSynonyms()));
        }
        return object;
    }

    private JsonObjectBuilder clinicObject(ClinicProfile clinic) {
        var object = Json.createObjectBuilder()
                .add("@type", "MedicalClinic")
                .add("name", clinic.getName())
                .add("url", site.absolute("/"))
                .add("telephone", clinic.getPhone())
                .add(
                        "address",
                        Json.createObjectBuilder()
                                .add("@type", "PostalAddress")
                                .add("streetAddress", clinic.getStreetAddress())
                                .add("addressLocality", clinic.getLocality())
                                .add("addressRegion", clinic.getRegion())
                                .add("postalCode", clinic.getPostalCode())
                                .add("addressCountry", clinic.getCountry()))
                .add("openingHoursSpecification", openingHours(clinic.getWeeklyHours()));
        if (clinic.getEmail() != null) {
            object.add("email", clinic.getEmail());
        }
        if (clinic.getDirectionsUrl() != null) {
            object.add("hasMap", clinic.getDirectionsUrl());
        }
        return object;
    }

    private static JsonArrayBuilder openingHours(List<OpeningHours> week) {
        var hours = Json.createArrayBuilder();
        for (var day : week) {
            hours.add(Json.createObjectBuilder()
                    .add("@type", "OpeningHoursSpecification")
                    .add("dayOfWeek", day.getDayName())
                    .add("opens", day.getOpens().toString())
                    .add("closes", day.getCloses().toString()));
        }
        return hours;
    }

    private static String render(JsonObject object) {
        return object.toString().replace("</", "<\\/");
    }
}
