package org.meridian.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import org.meridian.system.BadRequestException;
import org.meridian.system.Slugs;

/**
 * What the patient asked the library for: articles about some conditions (none means all), and which page. It reads
 * {@code ?condition=back-pain&condition=sciatica&page=2} and writes it back in one canonical order, so the same filter
 * always has the same URL.
 */
public final class LibraryFilter {

    public static final int PAGE_SIZE = 10;
    static final int MAX_CONDITIONS = 20;

    private final SortedSet<String> conditionSlugs;
    private final int page;

    private LibraryFilter(Collection<String> conditionSlugs, int page) {
        this.conditionSlugs = Collections.unmodifiableSortedSet(new TreeSet<>(conditionSlugs));
        this.page = page;
    }

    /**
     * @param conditionParams the {@code condition} request parameters (null when absent)
     * @param pageParam       the {@code page} request parameter (null when absent)
     * @throws BadRequestException when a parameter is malformed
     */
    public static LibraryFilter parse(String[] conditionParams, String pageParam) {
        var slugs = new TreeSet<String>();
        if (conditionParams != null) {
            for (var param : conditionParams) {
                if (!Slugs.isValid(param)) {
                    throw new BadRequestException("Not a condition: " + param);
                }
                slugs.add(param);
            }
        }
        if (slugs.size() > MAX_CONDITIONS) {
            throw new BadRequestException("Too many conditions");
        }
        return new LibraryFilter(slugs, parsePage(pageParam));
    }

    /** All articles about one condition, from the first page. */
    public static LibraryFilter forCondition(String slug) {
        return parse(new String[] {slug}, null);
    }

    private static int parsePage(String pageParam) {
        if (pageParam == null) {
            return 1;
        }
        if (!pageParam.matches("[1-9][0-9]{0,5}")) {
            throw new BadRequestException("Not a page number: " + pageParam);
        }
        return Integer.parseInt(pageParam);
    }

    public SortedSet<String> getConditionSlugs() {
        return conditionSlugs;
    }

    public int getPage() {
        return page;
    }

    public boolean isFiltered() {
        return !conditionSlugs.isEmpty();
    }

    public boolean isSelected(String slug) {
        return conditionSlugs.contains(slug);
    }

    /** The same filter without one condition, from its first page. */
    public LibraryFilter without(String slug) {
        var remaining = new TreeSet<>(conditionSlugs);
        remaining.remove(slug);
        return new LibraryFilter(remaining, 1);
    }

    public LibraryFilter onPage(int number) {
        return new LibraryFilter(conditionSlugs, number);
    }

    /** The canonical query string, {@code "?condition=a&condition=b&page=2"}, or "" for the first unfiltered page. */
    public String toQueryString() {
        var params = new ArrayList<String>();
        conditionSlugs.forEach(slug -> params.add("condition=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)));
        if (page > 1) {
            params.add("page=" + page);
        }
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LibraryFilter that && page == that.page && conditionSlugs.equals(that.conditionSlugs);
    }

    @Override
    public int hashCode() {
        return 31 * conditionSlugs.hashCode() + page;
    }

    @Override
    public String toString() {
        return "LibraryFilter" + toQueryString();
    }
}
