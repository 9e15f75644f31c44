package org.meridian.search;

import static jakarta.interceptor.Interceptor.Priority.APPLICATION;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.jsoup.Jsoup;
import org.meridian.article.SearchableArticle;
import org.meridian.cache.PageCache;
import org.meridian.content.ContentChanged;

/**
 * The full-text index of published articles, in memory (a memory-mapped temporary directory, removed at shutdown, or
 * at the next start after a kill): built from the database in the background at start-up (the site answers
 * meanwhile; readiness says when it is done) and kept up to date by content change events, from this instance and,
 * through the change feed, from others. One document per article holds its title, summary, body text and its
 * conditions' names and synonyms.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final Duration FIRST_RETRY_PAUSE = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY_PAUSE = Duration.ofSeconds(30);

    @Inject
    private IndexReads reads;

    /** Articles read from the database in one step of a build: the bodies of one step are in the heap at once. */
    @Inject
    private SearchSettings settings;

    @Inject
    private PageCache pageCache;

    @Resource
    private ManagedThreadFactory threadFactory;

    private Path indexDirectory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean built;

    /**
     * After the migrations and the demo content. The index lives in a temporary directory that Lucene maps into
     * memory, so the operating system keeps it in memory outside the Java heap: kept in the heap instead, a large
     * library's index took much of a small heap, and the full collections that followed paused every page.
     */
    void buildAtStart(@Observes @Priority(APPLICATION + 1000) Startup startup) {
        try {
            StaleIndexDirectories.removeIn(Path.of(System.getProperty("java.io.tmpdir")));
            indexDirectory = Files.createTempDirectory(StaleIndexDirectories.PREFIX);
            writer = new IndexWriter(FSDirectory.open(indexDirectory), new IndexWriterConfig(SearchFields.analyzer()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rebuildInBackground();
    }

    /**
     * Rebuilds the whole index on a thread of its own: with thousands of articles it takes seconds, which neither
     * start-up nor the editor who renamed a condition should wait for.
     */
    private void rebuildInBackground() {
        threadFactory.newThread(this::rebuildUntilDone).start();
    }

    /**
     * Tries again with growing pauses: a database that is briefly away (restarting, or still starting next to
     * this instance) must not leave the instance without search, and so never ready, until someone restarts it.
     */
    private void rebuildUntilDone() {
        var pause = FIRST_RETRY_PAUSE;
        while (true) {
            try {
                rebuild();
                built = true;
                // Search pages answered while the index was being built showed old or too few results.
                pageCache.invalidateAll();
                return;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Could not build the search index; trying again in " + pause.toSeconds() + " s: " + e);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            var doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(LAST_RETRY_PAUSE) < 0 ? doubled : LAST_RETRY_PAUSE;
        }
    }

    @PreDestroy
    void close() {
        if (searchers != null) {
            try {
                searchers.close();
                writer.close();
                writer.getDirectory().close();
                IOUtils.rm(indexDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** True once every published article is in the index. */
    public boolean isBuilt() {
        return built;
    }

    void onContentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        switch (change.kind()) {
            case ARTICLE -> reindex(change.entityId());
            case CONDITION, ALL -> rebuildInBackground();
            case CLINIC -> {
                return;
            }
        }
        // Pages rendered between the change and this update may show old search results.
        pageCache.invalidateAll();
    }

    synchronized void rebuild() {
        var started = System.nanoTime();
        try {
            writer.deleteAll();
            var conditions = reads.conditionTexts();
            // Until a step finds nothing: a step may bring fewer than it asked for while more follow (an article
            // unpublished between reading its id and its row).
            var batch = reads.articlesAfter(0, settings.buildBatch());
            while (!batch.isEmpty()) {
                add(batch, conditions);
                batch = reads.articlesAfter(batch.get(batch.size() - 1).id(), settings.buildBatch());
            }
            refresh();
            LOG.info(() -> "Search index built with " + writer.getDocStats().numDocs + " articles in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void reindex(long articleId) {
        try {
            var found = reads.article(articleId);
            writer.deleteDocuments(new Term(SearchFields.ID, Long.toString(articleId)));
            if (found.isPresent()) {
                add(List.of(found.get()), reads.conditionTexts());
            }
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(List<SearchableArticle> articles, Map<Long, String> conditionTexts) throws IOException {
        var conditionIds =
                reads.conditionIds(articles.stream().map(SearchableArticle::id).toList());
        for (var article : articles) {
            var conditions = conditionIds.getOrDefault(article.id(), List.of()).stream()
                    .map(id -> conditionTexts.getOrDefault(id, ""))
                    .collect(Collectors.joining(". "));
            writer.addDocument(document(article, conditions));
        }
    }

    private void refresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Runs {@code search} on the current index. */
    <T> T withSearcher(SearcherFunction<T> search) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return search.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private static Document document(SearchableArticle article, String conditions) {
        var published =
                article.publishedAt() == null ? 0 : article.publishedAt().toEpochMilli();
        var document = new Document();
        document.add(new StringField(SearchFields.ID, Long.toString(article.id()), Field.Store.YES));
        document.add(new StoredField(SearchFields.SLUG, article.slug()));
        addText(document, SearchFields.TITLE, article.title());
        addText(document, SearchFields.SUMMARY, article.summary());
        addText(document, SearchFields.BODY, Jsoup.parse(article.bodyHtml()).text());
        addText(document, SearchFields.CONDITIONS, conditions);
        document.add(new NumericDocValuesField(SearchFields.PUBLISHED, published));
        document.add(new StoredField(SearchFields.PUBLISHED, published));
        return document;
    }

    private static void addText(Document document, String field, String text) {
        document.add(new TextField(field, text, Field.Store.YES));
        document.add(new TextField(SearchFields.words(field), text, Field.Store.NO));
    }
}
