package org.meridian.wordpress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.meridian.article.Article;
import org.meridian.article.ArticleEditService;
import org.meridian.article.ArticleHtml;
import org.meridian.article.ImportedArticle;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.condition.ConditionDraft;
import org.meridian.condition.ConditionService;
import org.meridian.media.MediaAsset;
import org.meridian.media.MediaService;
import org.meridian.media.MediaSettings;
import org.meridian.media.RefusedImageException;
import org.meridian.security.StaffRole;
import org.meridian.system.InvalidInputException;

/**
 * Imports a WordPress export (with, optionally, a zip of its uploads folder): posts become articles, categories and
 * tags conditions, attachments media-library images. The preview and the import plan the same way; the import runs
 * in one transaction, so a refusal anywhere leaves everything as it was. Each article, condition and image is saved
 * through its own service (sanitiser, revisions, audit, content change feed), so the public pages and search show
 * the imported articles at once.
 */
@ApplicationScoped
public class WordPressImportService {

    private static final int SUMMARY_FROM_TEXT = 300;
    private static final long MEGABYTE = 1024L * 1024L;

    @Inject
    private ImportPlanner planner;

    @Inject
    private ConditionService conditionService;

    @Inject
    private MediaService mediaService;

    @Inject
    private ArticleEditService articleEditService;

    @Inject
    private WordPressLinkRepository links;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ImportSettings settings;

    @Inject
    private MediaSettings mediaSettings;

    /** What importing these files would do; changes nothing. */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public ImportPlan preview(byte[] export, byte[] uploadsZip) {
        var parsed = parse(export);
        return planner.plan(parsed, uploads(parsed, uploadsZip));
    }

    /** Imports the files as {@link #preview} describes, all or nothing; answers what was done. */
    @RolesAllowed(StaffRole.ADMIN_NAME)
    @Transactional
    public ImportPlan importAll(byte[] exportFile, byte[] uploadsZip) {
        var export = parse(exportFile);
        var uploads = uploads(export, uploadsZip);
        var plan = planner.plan(export, uploads);
        var conditionIds = conditions(plan);
        var images = images(export, plan, uploads);
        var names = export.authorNames();
        for (var step : plan.posts()) {
            if (step.action() != ImportPlan.Action.SKIP) {
                var post = step.source();
                var body = WordPressHtml.toHtml(
                        post.contentHtml(), url -> images.urlByPath().get(UploadsArchive.originalPath(url)));
                var imported = new ImportedArticle(
                        cut(step.title(), Article.TITLE_LENGTH),
                        step.slug(),
                        summary(post.excerpt(), body),
                        body,
                        post.thumbnailId() == null
                                ? null
                                : images.idByAttachment().get(post.thumbnailId()),
                        cut(ImportPlanner.authorOf(post, names), Article.PERSON_LENGTH),
                        post.termSlugs().stream()
                                .map(conditionIds::get)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList(),
                        "publish".equals(post.status()) ? firstOf(post.postedAt(), post.modifiedAt()) : null,
                        "future".equals(post.status()) ? post.postedAt() : null);
                save(export, step, imported);
            }
        }
        auditLog.record(
                AuditAction.WORDPRESS_IMPORTED,
                "WordPress export",
                plan.count(ImportPlan.Action.CREATE)
                        + " articles created, " + plan.count(ImportPlan.Action.UPDATE) + " updated, "
                        + plan.count(ImportPlan.Action.SKIP) + " skipped; "
                        + plan.newConditions().size()
                        + " conditions and " + images.uploaded() + " images added");
        return plan;
    }

    public long getMaxMegabytes() {
        return settings.maxMegabytes();
    }

    private WxrExport parse(byte[] export) {
        if (export == null || export.length == 0) {
            throw new RefusedImportException(
                    RefusedImportException.EXPORT_FIELD,
                    "Choose the export file WordPress made (Tools \u2192 Export).");
        }
        return new WxrParser(settings.maxMegabytes() * MEGABYTE).parse(export);
    }

    /** The images of the zip that the export's attachments name. */
    private UploadsArchive uploads(WxrExport export, byte[] zip) {
        if (zip == null || zip.length == 0) {
            return UploadsArchive.NONE;
        }
        var wanted = export.attachments().stream()
                .map(attachment -> UploadsArchive.relativeToUploads(attachment.url()))
                .collect(Collectors.toSet());
        return UploadsArchive.read(
                zip, settings.uploadsMaxMegabytes() * MEGABYTE, wanted, mediaSettings.maxKilobytes() * 1024);
    }

    /** Creates the conditions the plan lacks; answers the condition id of each category and tag nicename used. */
    private Map<String, Long> conditions(ImportPlan plan) {
        var ids = new HashMap<String, Long>();
        for (var step : plan.conditions()) {
            var condition = step.exists()
                    ? conditionService.find(step.slug()).orElseThrow()
                    : conditionService.create(new ConditionDraft(step.name(), step.slug(), null, List.of(), 0));
            ids.put(step.slug(), condition.getId());
        }
        var byNicename = new HashMap<String, Long>();
        plan.conditionSlugs().forEach((nicename, slug) -> byNicename.put(nicename, ids.get(slug)));
        return byNicename;
    }

    /**
     * The images of the plan in the media library: their URLs by their path on the old site (for the posts' {@code
     * <img>}), their ids by attachment id (for featured images), and how many were uploaded now.
     */
    private record ImportedImages(Map<String, String> urlByPath, Map<Long, Long> idByAttachment, int uploaded) {}

    /** Uploads the images of the plan, or finds those an earlier import brought in. */
    private ImportedImages images(WxrExport export, ImportPlan plan, UploadsArchive uploads) {
        var urls = new HashMap<String, String>();
        var ids = new HashMap<Long, Long>();
        var uploaded = 0;
        for (var step : plan.images()) {
            var attachment = step.source();
            var asset = step.mediaId() != null
                    ? mediaService.find(step.mediaId())
                    : uploads.find(attachment.url()).map(bytes -> upload(export, step, bytes));
            if (step.mediaId() == null && asset.isPresent()) {
                uploaded++;
            }
            asset.ifPresent(found -> {
                urls.put(UploadsArchive.originalPath(attachment.url()), found.getUrl());
                ids.put(attachment.wordPressId(), found.getId());
            });
        }
        return new ImportedImages(urls, ids, uploaded);
    }

    private MediaAsset upload(WxrExport export, ImportPlan.ImageStep step, byte[] bytes) {
        var attachment = step.source();
        var alt =
                attachment.altText().isBlank() ? Jsoup.parse(attachment.title()).text() : attachment.altText();
        try {
            var asset = mediaService.upload(step.fileName(), bytes, cut(alt, MediaAsset.ALT_LENGTH), alt.isBlank());
            links.save(WordPressLink.toMedia(
                    ImportPlanner.guid(export, attachment.guid(), attachment.wordPressId()),
                    asset.getId(),
                    attachment.modifiedAt()));
            return asset;
        } catch (RefusedImageException e) {
            throw new RefusedImportException(
                    null,
                    "The image " + step.fileName() + " in the zip file: " + e.getMessage() + " Nothing was imported.",
                    e);
        }
    }

    private void save(WxrExport export, ImportPlan.PostStep step, ImportedArticle imported) {
        var post = step.source();
        var guid = ImportPlanner.guid(export, post.guid(), post.wordPressId());
        try {
            var article = articleEditService.saveImported(step.articleId(), imported);
            links.find(WordPressLink.Kind.POST, guid)
                    .ifPresentOrElse(
                            link -> link.importedAgain(post.modifiedAt()),
                            () -> links.save(WordPressLink.toArticle(guid, article.getId(), post.modifiedAt())));
        } catch (InvalidInputException e) {
            throw new RefusedImportException(
                    null,
                    "\u201c" + step.title() + "\u201d cannot be imported: " + e.getMessage() + " Nothing was imported.",
                    e);
        }
    }

    /** The excerpt's text, else the start of the body's text, ended at a word. */
    private static String summary(String excerpt, String body) {
        var text = Jsoup.parse(excerpt).text().strip();
        if (text.isEmpty()) {
            text = Jsoup.parse(ArticleHtml.sanitize(body)).text().strip();
            if (text.length() > SUMMARY_FROM_TEXT) {
                var end = text.lastIndexOf(' ', SUMMARY_FROM_TEXT);
                text = text.substring(0, end > 0 ? end : SUMMARY_FROM_TEXT) + "\u2026";
            }
        }
        return cut(text, Article.SUMMARY_LENGTH);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }

    private static Instant firstOf(Instant first, Instant second) {
        return first != null ? first : second != null ? second : Instant.now();
    }
}
