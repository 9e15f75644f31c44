package org.meridian.article;

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
import org.omnifaces.util.Messages;

/**
 * An article's revisions, {@code /admin/articles/revisions?id=7&from=2&to=5}: who saved what when, a line-by-line
 * comparison of any two, and restoring one (which saves it as a new revision, so nothing is lost either way).
 */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleEditService editService;

    @Inject
    private ArticleRevisionService revisionService;

    private Long id;
    private Integer from;
    private Integer to;
    private long version;
    private String title;
    private List<RevisionSummary> revisions = List.of();
    private List<RevisionDiff.Line> diff = List.of();

    public void load() {
        var found = id == null ? Optional.<ArticleEditService.Editing>empty() : editService.findForEditing(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        version = found.get().article().getVersion();
        title = found.get().content().title();
        revisions = revisionService.revisions(id);
        if ((from == null || to == null) && revisions.size() >= 2) {
            to = revisions.get(0).number();
            from = revisions.get(1).number();
        }
        if (from != null && to != null) {
            try {
                diff = revisionService.compare(id, from, to);
            } catch (InvalidInputException e) {
                Messages.addGlobalError(e.getMessage());
            }
        }
    }

    public void restore(int number) {
        try {
            revisionService.restore(id, version, number);
            FacesForms.savedThenGo(
                    "Restored revision " + number + ": it is the current content again, saved as a " + "new revision.",
                    "admin/articles/edit?id=" + id);
        } catch (InvalidInputException e) {
            Messages.addGlobalError(e.getMessage());
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public boolean isChanged() {
        return diff.stream().anyMatch(line -> line.change() != RevisionDiff.Change.SAME);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public String getTitle() {
        return title;
    }

    public List<RevisionSummary> getRevisions() {
        return revisions;
    }

    public List<RevisionDiff.Line> getDiff() {
        return diff;
    }
}
