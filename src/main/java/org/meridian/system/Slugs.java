package org.meridian.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII words joined by hyphens, as in {@code /articles/acupuncture-for-back-pain}. */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC_RUNS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** Turns a title into a slug: "Treating Sciatica Pain" becomes "treating-sciatica-pain". */
    public static String fromTitle(String title) {
        var withoutAccents = COMBINING_MARKS
                .matcher(Normalizer.normalize(title, Normalizer.Form.NFD))
                .replaceAll("");
        var hyphenated = NON_ALPHANUMERIC_RUNS
                .matcher(withoutAccents.toLowerCase(Locale.ROOT))
                .replaceAll("-");
        var trimmed = trimHyphens(hyphenated);
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimHyphens(trimmed.substring(0, MAX_LENGTH));
        }
        return trimmed;
    }

    /**
     * {@code base} if it is free, else the first free one of {@code base-2}, {@code base-3}...: the address a new
     * article gets when its title's slug is taken and nobody typed one.
     */
    public static String firstFree(String base, Predicate<String> taken) {
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            var suffix = "-" + n;
            var stem = base.length() + suffix.length() > MAX_LENGTH
                    ? trimHyphens(base.substring(0, MAX_LENGTH - suffix.length()))
                    : base;
            var candidate = stem + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
