package org.meridian.site;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.article.Article;
import org.meridian.article.MedicalReviewer;
import org.meridian.article.Reference;
import org.meridian.clinic.ClinicProfile;
import org.meridian.clinic.OpeningHours;
import org.meridian.clinic.StarterClinicFacts;
import org.meridian.condition.Condition;
import org.meridian.system.SiteSettings;

/**
 * Fills an empty database with the seed clinic's site: its "Back Pain" article with two teasers, the conditions they
 * are about, and the clinic's facts (phone from the seed page; address, hours and links are placeholders staff
 * edit). Runs after the migrations, and only while there is no clinic profile yet, so it never overwrites an edit.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String AUTHOR = "Dr. Lena Park, L.Ac.";
    /** Whether the seed clinic is loaded into an empty database; read only here. */
    static final String ENABLED = "meridian.demo-content";

    private static final MedicalReviewer REVIEWER = new MedicalReviewer("Dr. Lena Park", "L.Ac., DACM");

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = ENABLED)
    private boolean enabled;

    @Inject
    private SiteSettings site;

    @Transactional
    void loadOnFirstStart(@Observes @Priority(StarterClinicFacts.DEMO_CONTENT_PRIORITY) Startup startup) {
        if (!enabled || entityManager.find(ClinicProfile.class, ClinicProfile.ID) != null) {
            return;
        }
        entityManager.persist(clinic());
        var backPain = condition(
                "Back Pain",
                "back-pain",
                "Pain anywhere along the spine, from a stiff neck to an aching lower back, lasting days or years.",
                "lower back pain",
                "lumbago",
                "backache");
        var sciatica = condition(
                "Sciatica",
                "sciatica",
                "Pain that radiates from the lower back through the buttock and down the leg, along the sciatic nerve.",
                "sciatic nerve pain");
        condition(
                "Degenerative Disc Disease",
                "degenerative-disc-disease",
                "Wear of the discs between the vertebrae that can press on nerves and cause back and leg pain.");
        condition(
                "Lumbar Spinal Stenosis",
                "lumbar-spinal-stenosis",
                "Narrowing of the spinal canal in the lower back that can squeeze the nerves running through it.");
        condition(
                "Spondylolisthesis",
                "spondylolisthesis",
                "A vertebra that has slipped forward over the one below it, often causing lower back pain.");
        condition(
                "Pregnancy",
                "pregnancy",
                "Back and pelvic pain are common in pregnancy as posture and ligaments change.");
        condition(
                "Herniated Disc",
                "herniated-disc",
                "A disc whose soft centre pushes through its outer ring, also known as a slipped disc.",
                "slipped disc",
                "herniated lumbar disc",
                "bulging disc");

        var benefits = article(
                "The Benefits of Acupuncture for Back Pain: A Holistic Approach to Relief",
                "benefits-of-acupuncture-for-back-pain",
                "How acupuncture relieves back pain without medication: what it does in the body, seven benefits "
                        + "for back pain sufferers, and the research behind it.",
                "2025-03-10");
        benefits.tag(backPain);
        benefits.tag(sciatica);
        benefits.setFeatured(true);
        benefits.cite(new Reference(
                "Acupuncture for chronic low back pain compared with standard care " + "(Pain Medicine, 2018)",
                "https://pubmed.ncbi.nlm.nih.gov/?term=acupuncture+chronic+low+back+pain"
                        + "+standard+care+Pain+Med+2018"));
        benefits.cite(new Reference(
                "Vickers AJ et al. Acupuncture for chronic pain: individual patient data "
                        + "meta-analysis. Archives of Internal Medicine (now JAMA Internal Medicine), 2012",
                "doi:10.1001/archinternmed.2012.3654"));
        benefits.cite(new Reference(
                "National Center for Complementary and Integrative Health (NIH): "
                        + "Acupuncture: what you need to know",
                "https://www.nccih.nih.gov/health/acupuncture-what-you-need-to-know"));

        var chronic = article(
                "Acupuncture for Chronic Back Pain",
                "acupuncture-for-chronic-back-pain",
                "About three in ten U.S. adults live with chronic low back pain. If you are looking for a drug-free "
                        + "alternative, acupuncture could be the solution you have been searching for.",
                "2024-11-05");
        chronic.tag(backPain);

        var sciaticaArticle = article(
                "Treating Sciatica Pain with Acupuncture",
                "treating-sciatica-pain-with-acupuncture",
                "Sciatic nerve pain can be debilitating. Acupuncture is a gentle, drug-free option that treats the "
                        + "issue and not just the symptom.",
                "2024-08-20");
        sciaticaArticle.tag(sciatica);
        LOG.info("Loaded the demo content into an empty database");
    }

    private static ClinicProfile clinic() {
        var clinic = StarterClinicFacts.facts();
        clinic.setName("Meridian Acupuncture Clinic");
        clinic.setTagline(
                "Acupuncture and holistic care for back pain, sciatica and more, with licensed practitioners.");
        clinic.setPhone("(916) 742-4001");
        clinic.setEmail("hello@meridian-clinic.example");
        clinic.setStreetAddress("1200 Example Street, Suite 100");
        clinic.setLocality("Sacramento");
        clinic.setRegion("CA");
        clinic.setPostalCode("95814");
        clinic.setDirectionsUrl("https://www.openstreetmap.org/search?query=Sacramento%2C%20CA%2095814");
        var workday =
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        var hours = new ArrayList<OpeningHours>();
        workday.forEach(day -> hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0))));
        hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        clinic.setOpeningHours(hours);
        return clinic;
    }

    private Condition condition(String name, String slug, String description, String... synonyms) {
        var condition = new Condition(name, slug, description);
        condition.setSynonyms(List.of(synonyms));
        entityManager.persist(condition);
        return condition;
    }

    private Article article(String title, String slug, String summary, String publishedOn) {
        var article = new Article(title, slug, summary, demoBody(slug), AUTHOR);
        var day = LocalDate.parse(publishedOn);
        article.reviewedBy(REVIEWER, day);
        article.publish(day.atTime(9, 0).atZone(site.timeZone()).toInstant());
        entityManager.persist(article);
        return article;
    }

    /** The article's body, from {@code demo/{slug}.html}: written for the seed site and safe as it is. */
    private static String demoBody(String slug) {
        try (var in = DemoContent.class.getResourceAsStream("/demo/" + slug + ".html")) {
            if (in == null) {
                throw new IllegalStateException("Demo article body missing: " + slug);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
