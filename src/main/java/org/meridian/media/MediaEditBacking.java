package org.meridian.media;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.meridian.system.EditConflictException;
import org.meridian.system.FacesForms;
import org.meridian.system.HttpErrors;
import org.meridian.system.InvalidInputException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One image of the media library, {@code /admin/media/edit?id=7}: its alt text, where it is used, replacing its
 * content behind the same address, and deleting it when nothing uses it.
 */
@Named
@ViewScoped
public class MediaEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "admin/media";

    @Inject
    private MediaService mediaService;

    private Long id;
    private long version;
    private final ImageForm form = new ImageForm();
    private MediaAsset asset;
    private List<MediaUse> uses = List.of();

    public void load() {
        var found = id == null ? Optional.<MediaAsset>empty() : mediaService.find(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        asset = found.get();
        version = asset.getVersion();
        form.setAlt(asset.getAltText());
        form.setDecorative(asset.isDecorative());
        uses = mediaService.uses(id);
    }

    public void describe() {
        try {
            mediaService.describe(id, version, form.getAlt(), form.isDecorative());
            FacesForms.savedThenGo("Saved the description of \u201c" + asset.getFileName() + "\u201d.", here());
        } catch (InvalidInputException e) {
            FacesForms.refused("describe", e);
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public void replace() {
        if (!form.hasFile()) {
            Messages.addError("replace:file", "Choose the new image file.");
            Faces.validationFailed();
            return;
        }
        try {
            mediaService.replace(id, version, form.fileName(), form.content());
            FacesForms.savedThenGo("Replaced the image; every page that shows it shows the new one.", here());
        } catch (RefusedImageException e) {
            Messages.addError("replace:file", e.getMessage());
            Faces.validationFailed();
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public void delete() {
        try {
            mediaService.delete(id, version);
            FacesForms.savedThenGo("Deleted \u201c" + asset.getFileName() + "\u201d.", LIST);
        } catch (InvalidInputException e) {
            Messages.addGlobalError(e.getMessage());
            Faces.validationFailed();
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    private String here() {
        return "admin/media/edit?id=" + id;
    }

    public MediaAsset getAsset() {
        return asset;
    }

    public List<MediaUse> getUses() {
        return uses;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImageForm getForm() {
        return form;
    }
}
