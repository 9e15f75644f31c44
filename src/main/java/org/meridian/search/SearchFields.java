package org.meridian.search;

import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The fields of an article in the index. Each text field is indexed twice: stemmed English ("needles" and
 * "needle" meet at "needl") and as plain lower-case words, which prefix matching uses ("sciatic" finds
 * "sciatica", a different stem).
 */
final class SearchFields {

    static final String ID = "id";
    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String CONDITIONS = "conditions";
    static final String PUBLISHED = "published";

    static final List<String> TEXT = List.of(TITLE, SUMMARY, BODY, CONDITIONS);

    private static final String WORDS_SUFFIX = ".words";

    private SearchFields() {}

    static String words(String field) {
        return field + WORDS_SUFFIX;
    }

    /** How much a match in each field counts: the title most, then the conditions, the summary, the body. */
    static float boost(String field) {
        return switch (field) {
            case TITLE -> 8f;
            case CONDITIONS -> 4f;
            case SUMMARY -> 3f;
            default -> 1f;
        };
    }

    static Analyzer analyzer() {
        var perField = new HashMap<String, Analyzer>();
        var words = new StandardAnalyzer();
        TEXT.forEach(field -> perField.put(words(field), words));
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), perField);
    }
}
