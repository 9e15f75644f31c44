import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data: fills a stopped Meridian's embedded database with published articles spread over 20 conditions.
 * Run with the H2 driver on the class path: {@code java -cp h2.jar LoadArticles.java <data-dir> <article-count>}.
 */
public class LoadArticles {

    private static final String[] WORDS = ("acupuncture needle pain relief back neck shoulder sciatica nerve "
            + "inflammation circulation sleep stress posture muscle tension herbal moxibustion cupping meridian qi "
            + "treatment session practitioner licensed chronic acute spine disc lumbar migraine headache fatigue "
            + "digestion anxiety balance healing gentle natural study research patients clinic recovery mobility")
            .split(" ");
    private static final String[] CONDITIONS = {"Arthritis", "Anxiety", "Carpal Tunnel", "Digestive Health",
            "Fatigue", "Fertility", "Fibromyalgia", "Headache", "Insomnia", "Knee Pain", "Migraine", "Neck Pain",
            "Plantar Fasciitis", "Shoulder Pain", "Stress", "TMJ", "Tennis Elbow", "Whiplash", "Allergies",
            "Menstrual Pain"};

    public static void main(String[] args) throws SQLException {
        var url = "jdbc:h2:file:" + args[0] + "/meridian";
        var count = Integer.parseInt(args[1]);
        try (var db = DriverManager.getConnection(url, "meridian", "meridian-embedded")) {
            db.setAutoCommit(false);
            var conditions = topUpConditions(db, 20);
            insertArticles(db, count, conditions);
            db.commit();
        }
    }

    private static List<Long> topUpConditions(Connection db, int wanted) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var rows = db.createStatement().executeQuery("select id from health_condition order by id")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        try (var insert = db.prepareStatement("insert into health_condition (id, slug, name, description, version) "
                + "values (next value for health_condition_seq, ?, ?, ?, 0)", new String[] {"id"})) {
            for (int i = 0; ids.size() < wanted; i++) {
                var name = CONDITIONS[i];
                insert.setString(1, name.toLowerCase().replace(' ', '-'));
                insert.setString(2, name);
                insert.setString(3, name + ": how acupuncture and holistic care can help.");
                insert.executeUpdate();
                try (var key = insert.getGeneratedKeys()) {
                    key.next();
                    ids.add(key.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void insertArticles(Connection db, int count, List<Long> conditions) throws SQLException {
        var random = new Random(42);
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var article = db.prepareStatement("insert into article (id, slug, title, summary, body_html, author_name, "
                + "status, published_at, updated_at, featured, hidden_from_search_engines, version) "
                + "values (next value for article_seq, ?, ?, ?, ?, 'Dr. Bench', 'PUBLISHED', ?, ?, false, false, 0)",
                new String[] {"id"});
             var tag = db.prepareStatement("insert into article_condition (article_id, condition_id) values (?, ?)")) {
            for (int i = 1; i <= count; i++) {
                var title = "Bench article " + i + ": " + words(random, 6);
                article.setString(1, "bench-article-" + i);
                article.setString(2, title);
                article.setString(3, words(random, 30) + ".");
                article.setString(4, body(random));
                var published = Timestamp.from(now.minus(i, ChronoUnit.HOURS));
                article.setTimestamp(5, published);
                article.setTimestamp(6, published);
                article.executeUpdate();
                long id;
                try (var key = article.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
                var first = conditions.get(i % conditions.size());
                var second = conditions.get((i * 7 + 3) % conditions.size());
                for (var condition : first.equals(second) ? List.of(first) : List.of(first, second)) {
                    tag.setLong(1, id);
                    tag.setLong(2, condition);
                    tag.addBatch();
                }
                if (i % 500 == 0) {
                    tag.executeBatch();
                    db.commit();
                }
            }
            tag.executeBatch();
        }
    }

    /** About the size of the seed article's body: 14 paragraphs, 3 headings. */
    private static String body(Random random) {
        var html = new StringBuilder();
        for (int p = 0; p < 14; p++) {
            if (p % 5 == 0) {
                html.append("<h2>").append(words(random, 5)).append("</h2>");
            }
            html.append("<p>").append(words(random, 80)).append(".</p>\n");
        }
        return html.toString();
    }

    private static String words(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
