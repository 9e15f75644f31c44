package org.meridian.media;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meridian.system.FacesForms;
import org.meridian.system.InvalidInputException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The media library, {@code /admin/media}: every image with its alt text and where it is used, and uploads. */
@Named
@RequestScoped
public class MediaLibraryBacking {

    static final String FORM = "upload";

    @Inject
    private MediaService mediaService;

    @Inject
    private MediaSettings settings;

    private final ImageForm form = new ImageForm();
    private List<MediaAsset> media;
    private Map<Long, List<MediaUse>> uses;

    public void load() {
        media = mediaService.all();
        uses = media.stream().collect(Collectors.toMap(MediaAsset::getId, asset -> mediaService.uses(asset.getId())));
    }

    public void upload() {
        if (!form.hasFile()) {
            refuse("file", "Choose an image file to upload.");
            return;
        }
        try {
            var asset = mediaService.upload(form.fileName(), form.content(), form.getAlt(), form.isDecorative());
            FacesForms.savedThenGo(
                    "Added \u201c" + asset.getFileName() + "\u201d to the media library.", "admin/media");
        } catch (RefusedImageException e) {
            refuse("file", e.getMessage());
        } catch (InvalidInputException e) {
            FacesForms.refused(FORM, e);
        }
    }

    private static void refuse(String field, String message) {
        Messages.addError(FORM + ":" + field, message);
        Faces.validationFailed();
    }

    public List<MediaUse> usesOf(MediaAsset asset) {
        return uses.getOrDefault(asset.getId(), List.of());
    }

    public long getMaxKilobytes() {
        return settings.maxKilobytes();
    }

    public int getMaxSide() {
        return ImageProcessor.MAX_SIDE;
    }

    public List<MediaAsset> getMedia() {
        return media;
    }

    public ImageForm getForm() {
        return form;
    }
}
