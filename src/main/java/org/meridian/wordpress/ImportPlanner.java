package org.meridian.wordpress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.meridian.article.ArticleHtml;
import org.meridian.article.ArticleRepository;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.system.Slugs;

/**
 * Works out what importing an export would do, from the export and what the database holds now: which posts become
 * new articles, which update the articles an earlier import made, which are skipped, and what they need.
 */
@ApplicationScoped
public class ImportPlanner {

    /** WordPress's default category: every uncategorised post has it, so it says nothing about a condition. */
    static final String UNCATEGORIZED = "uncategorized";

    @Inject
    private WordPressLinkRepository links;

    @Inject
    private ArticleRepository articles;

    @Inject
    private ConditionService conditions;

    ImportPlan plan(WxrExport export, UploadsArchive uploads) {
        var warnings = new ArrayList<String>();
        var takenSlugs = new HashSet<String>();
        var posts = new ArrayList<ImportPlan.PostStep>();
        var names = export.authorNames();
        var authors = new LinkedHashSet<String>();
        for (var post : export.posts()) {
            var step = postStep(export, post, takenSlugs, warnings);
            posts.add(step);
            if (step.action() != ImportPlan.Action.SKIP) {
                authors.add(authorOf(post, names));
            }
        }
        var imported = posts.stream()
                .filter(step -> step.action() != ImportPlan.Action.SKIP)
                .map(ImportPlan.PostStep::source)
                .toList();
        if (export.otherItems() > 0) {
            warnings.add(export.otherItems() + " other items (pages, menus, revisions...) are not imported: "
                    + "Meridian imports posts and their images.");
        }
        var images = imageSteps(export, imported, uploads);
        if (uploads == UploadsArchive.NONE && images.stream().anyMatch(step -> !step.found())) {
            warnings.add("No zip of the uploads folder was given: the posts' images are left out. Zip "
                    + "wp-content/uploads and add it to import them.");
        }
        var conditionSlugs = new LinkedHashMap<String, String>();
        var conditionSteps = conditionSteps(export, imported, conditionSlugs, warnings);
        return new ImportPlan(posts, conditionSteps, conditionSlugs, List.copyOf(authors), images, warnings);
    }

    /** The name articles show for the post's author: the display name of its wp:author, else the login. */
    static String authorOf(WxrExport.Post post, Map<String, String> names) {
        var name = names.getOrDefault(post.creator(), post.creator());
        return name == null || name.isBlank() ? "Clinic staff" : name;
    }

    /** The condition slug of a category or tag: its nicename when Meridian takes it, else made from its name. */
    static String conditionSlug(String nicename, String name) {
        var slug = nicename.toLowerCase(Locale.ROOT);
        if (Slugs.isValid(slug) && slug.length() <= Condition.SLUG_LENGTH) {
            return slug;
        }
        var made = Slugs.fromTitle(name == null || name.isBlank() ? nicename : name);
        return made.length() > Condition.SLUG_LENGTH
                ? made.substring(0, Condition.SLUG_LENGTH).replaceAll("-+$", "")
                : made;
    }

    static String guid(WxrExport export, String guid, long wordPressId) {
        var key = guid.isBlank() ? export.siteUrl() + "/?p=" + wordPressId : guid;
        return key.length() > WordPressLink.GUID_LENGTH ? key.substring(0, WordPressLink.GUID_LENGTH) : key;
    }

    private ImportPlan.PostStep postStep(
            WxrExport export, WxrExport.Post post, Set<String> takenSlugs, List<String> warnings) {
        var title = Jsoup.parse(post.title()).text().strip();
        var status = statusLabel(post.status());
        if (status == null) {
            return skip(post, title, "WordPress status \u201c" + post.status() + "\u201d (not a post to keep)");
        }
        if (title.isEmpty()) {
            return skip(post, "(no title)", "It has no title.");
        }
        if (Jsoup.parse(ArticleHtml.sanitize(WordPressHtml.toHtml(post.contentHtml(), url -> null)))
                .text()
                .isBlank()) {
            return skip(post, title, "It has no text.");
        }
        var link = links.find(WordPressLink.Kind.POST, guid(export, post.guid(), post.wordPressId()))
                .filter(found -> articles.findById(found.getArticleId()).isPresent());
        if (link.isPresent() && link.get().unchangedSince(post.modifiedAt())) {
            return skip(post, title, "Unchanged since the last import.");
        }
        var articleId = link.map(WordPressLink::getArticleId).orElse(null);
        var wanted = Slugs.isValid(post.slug()) ? post.slug() : Slugs.fromTitle(title);
        var slug = Slugs.firstFree(
                wanted,
                candidate -> takenSlugs.contains(candidate)
                        || articles.findBySlug(candidate)
                                .filter(other -> !other.getId().equals(articleId))
                                .isPresent());
        if (!slug.equals(wanted)) {
            warnings.add("\u201c" + title + "\u201d: the address /articles/" + wanted + " is taken by another "
                    + "article, so it gets /articles/" + slug + ".");
        }
        takenSlugs.add(slug);
        return new ImportPlan.PostStep(
                post,
                articleId == null ? ImportPlan.Action.CREATE : ImportPlan.Action.UPDATE,
                articleId,
                title,
                slug,
                status,
                null);
    }

    private static ImportPlan.PostStep skip(WxrExport.Post post, String title, String why) {
        return new ImportPlan.PostStep(post, ImportPlan.Action.SKIP, null, title, post.slug(), null, why);
    }

    /** Meridian's status for a WordPress status; null for those not imported (trash, auto-draft). */
    private static String statusLabel(String status) {
        return switch (status) {
            case "publish" -> "Published";
            case "future" -> "Scheduled";
            case "draft", "pending", "private" -> "Draft";
            default -> null;
        };
    }

    private List<ImportPlan.ConditionStep> conditionSteps(
            WxrExport export, List<WxrExport.Post> imported, Map<String, String> slugs, List<String> warnings) {
        var termNames = new LinkedHashMap<String, String>();
        export.terms().forEach(term -> termNames.putIfAbsent(term.slug(), term.name()));
        var steps = new LinkedHashMap<String, ImportPlan.ConditionStep>();
        for (var post : imported) {
            for (var nicename : post.termSlugs()) {
                if (nicename.equals(UNCATEGORIZED) || slugs.containsKey(nicename)) {
                    continue;
                }
                var name =
                        Jsoup.parse(termNames.getOrDefault(nicename, nicename)).text();
                var slug = conditionSlug(nicename, name);
                if (slug.isEmpty()) {
                    warnings.add("The category or tag \u201c" + name + "\u201d has no letters or digits for an "
                            + "address; it is left out.");
                    continue;
                }
                slugs.put(nicename, slug);
                steps.computeIfAbsent(
                        slug,
                        key -> new ImportPlan.ConditionStep(
                                key,
                                name.length() > Condition.NAME_LENGTH ? name.substring(0, Condition.NAME_LENGTH) : name,
                                conditions.find(key).isPresent()));
            }
        }
        return List.copyOf(steps.values());
    }

    /** The image attachments of the imported posts: their children, their featured images, those they show. */
    private List<ImportPlan.ImageStep> imageSteps(
            WxrExport export, List<WxrExport.Post> imported, UploadsArchive uploads) {
        var postIds = new HashSet<Long>();
        var thumbnails = new HashSet<Long>();
        imported.forEach(post -> {
            postIds.add(post.wordPressId());
            if (post.thumbnailId() != null) {
                thumbnails.add(post.thumbnailId());
            }
        });
        var shown = imported.stream()
                .flatMap(post -> WordPressHtml.imageSources(post.contentHtml()).stream())
                .map(UploadsArchive::originalPath)
                .collect(Collectors.toSet());
        var steps = new ArrayList<ImportPlan.ImageStep>();
        for (var attachment : export.attachments()) {
            var path = UploadsArchive.relativeToUploads(attachment.url());
            var used = postIds.contains(attachment.parentId())
                    || thumbnails.contains(attachment.wordPressId())
                    || shown.contains(UploadsArchive.originalPath(attachment.url()));
            if (!used || attachment.url().isBlank()) {
                continue;
            }
            var mediaId = links.find(
                            WordPressLink.Kind.ATTACHMENT, guid(export, attachment.guid(), attachment.wordPressId()))
                    .map(WordPressLink::getMediaId)
                    .filter(id -> articles.findMedia(id).isPresent())
                    .orElse(null);
            var fileName = path.substring(path.lastIndexOf('/') + 1);
            steps.add(new ImportPlan.ImageStep(
                    attachment,
                    fileName,
                    mediaId != null || uploads.find(attachment.url()).isPresent(),
                    mediaId));
        }
        return steps;
    }
}
