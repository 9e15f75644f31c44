package org.meridian.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * Searches published articles. The patient's words are never parsed as a query language: they are split into
 * words by the same analyzers as the index, and each word must match somewhere (stemmed, or as the start of a
 * word), so quotes, operators or any script are just text.
 */
@ApplicationScoped
public class SearchService {

    public static final int PAGE_SIZE = 10;
    public static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 12;
    static final int MAX_PAGE = 50;
    /** Shorter words match only whole: "ba" would otherwise match half the index. */
    static final int MIN_PREFIX_LENGTH = 4;

    private static final Sort BEST_THEN_NEWEST =
            new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PUBLISHED, SortField.Type.LONG, true));

    private final Analyzer stemmed = new EnglishAnalyzer();
    private final Analyzer words = new StandardAnalyzer();

    @Inject
    private SearchIndex index;

    /**
     * @param text what the patient typed, any length or script
     * @param page the page of results, from 1
     */
    public SearchResults search(String text, int page) {
        var cleaned = text == null ? "" : text.strip();
        if (cleaned.length() > MAX_QUERY_LENGTH) {
            cleaned = cleaned.substring(0, MAX_QUERY_LENGTH);
        }
        var query = toQuery(cleaned);
        if (query == null || page < 1 || page > MAX_PAGE) {
            return SearchResults.none(cleaned);
        }
        var shown = cleaned;
        try {
            return index.withSearcher(searcher -> run(searcher, query, shown, page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults run(IndexSearcher searcher, Query query, String text, int page) throws IOException {
        var top = searcher.search(query, page * PAGE_SIZE, BEST_THEN_NEWEST, true);
        var scorer = new QueryScorer(query);
        var highlighter =
                new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
        highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, 160));
        var hits = new ArrayList<SearchResults.Hit>();
        var docs = top.scoreDocs;
        for (int i = (page - 1) * PAGE_SIZE; i < docs.length; i++) {
            var document = searcher.storedFields().document(docs[i].doc);
            hits.add(new SearchResults.Hit(
                    document.get(SearchFields.SLUG),
                    document.get(SearchFields.TITLE),
                    snippet(highlighter, document.get(SearchFields.BODY), document.get(SearchFields.SUMMARY)),
                    Instant.ofEpochMilli(document.getField(SearchFields.PUBLISHED)
                            .numericValue()
                            .longValue())));
        }
        return new SearchResults(text, hits, page, PAGE_SIZE, top.totalHits.value);
    }

    /** The best passage of the body with the matches marked; the summary when the body has no match. */
    private String snippet(Highlighter highlighter, String body, String summary) throws IOException {
        try {
            var fragment = highlighter.getBestFragments(stemmed.tokenStream(SearchFields.BODY, body), body, 2, " … ");
            return fragment.isBlank() ? new SimpleHTMLEncoder().encodeText(summary) : fragment + " …";
        } catch (InvalidTokenOffsetsException e) {
            return new SimpleHTMLEncoder().encodeText(summary);
        }
    }

    /**
     * Every word must match in some field, by its stem or as the start of a longer word; common words ("the",
     * "for") are left out. Null when the text has no searchable word.
     */
    Query toQuery(String text) {
        var all = new BooleanQuery.Builder();
        int wordCount = 0;
        for (var word : tokens(words, text)) {
            var stems = tokens(stemmed, word);
            if (stems.isEmpty()) {
                continue;
            }
            var match = new BooleanQuery.Builder();
            for (var field : SearchFields.TEXT) {
                match.add(
                        new BoostQuery(new TermQuery(new Term(field, stems.get(0))), SearchFields.boost(field)),
                        Occur.SHOULD);
                if (word.length() >= MIN_PREFIX_LENGTH) {
                    var prefix = new PrefixQuery(new Term(SearchFields.words(field), word));
                    match.add(new BoostQuery(prefix, SearchFields.boost(field) / 2), Occur.SHOULD);
                }
            }
            all.add(match.build(), Occur.MUST);
            if (++wordCount == MAX_WORDS) {
                break;
            }
        }
        return wordCount == 0 ? null : all.build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        var tokens = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(SearchFields.BODY, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
