package org.meridian.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.meridian.system.Page;
import org.meridian.system.Slugs;

/** Articles as patients see them: only published ones, in the library's order. */
@ApplicationScoped
public class ArticleService {

    static final int RELATED_ARTICLES = 3;

    @Inject
    private ArticleRepository articleRepository;

    public Optional<Article> findPublished(String slug) {
        return Slugs.isValid(slug) ? articleRepository.findPublishedBySlug(slug) : Optional.empty();
    }

    /** One page of every published article, newest first, conditions loaded. */
    public Page<Article> published(int pageNumber, int pageSize) {
        return articleRepository.findPublished(Set.of(), pageNumber, pageSize);
    }

    public Page<Article> library(LibraryFilter filter) {
        return articleRepository.findPublished(filter.getConditionSlugs(), filter.getPage(), LibraryFilter.PAGE_SIZE);
    }

    public List<Article> latest(int count) {
        return articleRepository.findPublished(Set.of(), 1, count).items();
    }

    /** Every published article search engines may list, newest first. */
    public List<SitemapEntry> sitemapEntries() {
        return articleRepository.findSitemapEntries();
    }

    public ListingChanges listingChanges() {
        return articleRepository.findListingChanges();
    }

    /** The latest publish, edit or unpublish of any article; empty before the first publication. */
    public Optional<Instant> lastListingChange() {
        return articleRepository.findLastListingChange();
    }

    /** The latest publish, edit or unpublish of an article about the condition; empty if none was ever published. */
    public Optional<Instant> lastListingChange(String conditionSlug) {
        return articleRepository.findLastListingChange(conditionSlug);
    }

    public List<Article> featured() {
        return articleRepository.findFeatured();
    }

    public List<Article> related(Article article) {
        return articleRepository.findRelated(article, RELATED_ARTICLES);
    }
}
