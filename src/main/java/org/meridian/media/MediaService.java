package org.meridian.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.meridian.audit.AuditAction;
import org.meridian.audit.AuditLog;
import org.meridian.content.ContentChangeFeed;
import org.meridian.content.ContentKind;
import org.meridian.security.StaffRole;
import org.meridian.system.EditConflictException;
import org.meridian.system.InvalidInputException;

/** The media library: images staff upload once and articles show at the right size for each screen. */
@ApplicationScoped
public class MediaService {

    private static final String THIS_IMAGE = "This image";

    @Inject
    private MediaRepository repository;

    @Inject
    private AuditLog auditLog;

    @Inject
    private ContentChangeFeed contentChangeFeed;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private MediaSettings settings;

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<MediaAsset> all() {
        return repository.findAll();
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public Optional<MediaAsset> find(long id) {
        return repository.findById(id);
    }

    /** The bytes of one width of an image, for anyone: published pages show them. */
    public Optional<MediaVariant> variant(long id, int width) {
        return repository.findVariant(id, width);
    }

    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    public List<MediaUse> uses(long id) {
        return repository.findUses(id);
    }

    /**
     * Adds an image to the library.
     *
     * @throws RefusedImageException when the file is not an image the library takes
     * @throws InvalidInputException when alt text is missing for an image that is not decorative
     */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public MediaAsset upload(String fileName, byte[] content, String altText, boolean decorative) {
        var asset = newAsset(fileName, altText, decorative);
        var image = processor().process(content);
        asset.contentIs(image.format(), image.width(), image.height(), widths(image), false);
        repository.save(asset);
        image.variants().forEach(variant -> repository.save(new MediaVariant(asset, variant)));
        auditLog.record(AuditAction.MEDIA_UPLOADED, asset.getFileName(), describe(asset));
        return asset;
    }

    /** Puts new image content behind the same address (its version moves on, so browsers fetch it again). */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void replace(long id, long version, String fileName, byte[] content) {
        var asset = current(id, version);
        var image = processor().process(content);
        repository.removeVariants(asset);
        asset.contentIs(image.format(), image.width(), image.height(), widths(image), true);
        image.variants().forEach(variant -> repository.save(new MediaVariant(asset, variant)));
        flush();
        articlesChanged(id);
        auditLog.record(
                AuditAction.MEDIA_REPLACED,
                asset.getFileName(),
                "New content from " + fileName + ", " + describe(asset));
    }

    /** Changes an image's alt text or decorative mark; articles showing it show the new text at once. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void describe(long id, long version, String altText, boolean decorative) {
        var asset = current(id, version);
        try {
            asset.describe(altText, decorative);
        } catch (IllegalArgumentException e) {
            throw altRefused(e);
        }
        flush();
        articlesChanged(id);
    }

    /** Deletes an image no article shows. */
    @RolesAllowed({StaffRole.ADMIN_NAME, StaffRole.EDITOR_NAME})
    @Transactional
    public void delete(long id, long version) {
        var asset = current(id, version);
        var uses = repository.findUses(id);
        if (!uses.isEmpty()) {
            throw new InvalidInputException(
                    "delete",
                    "This image is used by "
                            + uses.stream()
                                    .map(use -> "\u201c" + use.title() + "\u201d")
                                    .collect(Collectors.joining(", "))
                            + ". Choose another image there first.");
        }
        repository.remove(asset);
        auditLog.record(AuditAction.MEDIA_DELETED, asset.getFileName(), null);
    }

    private MediaAsset newAsset(String fileName, String altText, boolean decorative) {
        var name = fileName == null || fileName.isBlank() ? "image" : fileName.strip();
        try {
            return new MediaAsset(name, altText, decorative, currentUser(), Instant.now());
        } catch (IllegalArgumentException e) {
            throw altRefused(e);
        }
    }

    private static InvalidInputException altRefused(IllegalArgumentException e) {
        return new InvalidInputException(
                "alt",
                e.getMessage().startsWith("An image needs alt text")
                        ? "Describe the image for people who cannot see it, or mark it as decorative."
                        : "Use at most " + MediaAsset.ALT_LENGTH + " characters.");
    }

    private MediaAsset current(long id, long version) {
        var asset = repository.findById(id).orElseThrow(() -> new EditConflictException(THIS_IMAGE));
        EditConflictException.check(version, asset.getVersion(), THIS_IMAGE);
        return asset;
    }

    private void flush() {
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(THIS_IMAGE);
        }
    }

    /** Pages that show the image are rendered again, on every instance. */
    private void articlesChanged(long assetId) {
        repository.findUses(assetId).forEach(use -> contentChangeFeed.record(ContentKind.ARTICLE, use.articleId()));
    }

    private ImageProcessor processor() {
        return new ImageProcessor(settings.maxKilobytes() * 1024);
    }

    private static List<Integer> widths(ImageProcessor.Result image) {
        return image.variants().stream().map(EncodedImage::width).toList();
    }

    private static String describe(MediaAsset asset) {
        return asset.getFormat() + " " + asset.getWidth() + "\u00d7" + asset.getHeight();
    }

    private String currentUser() {
        var caller = securityContext.getCallerPrincipal();
        return caller == null ? AuditLog.SYSTEM : caller.getName();
    }
}
