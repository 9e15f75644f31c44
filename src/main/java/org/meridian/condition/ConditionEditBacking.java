package org.meridian.condition;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.system.EditConflictException;
import org.meridian.system.FacesForms;
import org.meridian.system.HttpErrors;
import org.meridian.system.InvalidInputException;
import org.meridian.system.Slugs;
import org.omnifaces.util.Messages;

/**
 * Adds a condition ({@code /admin/conditions/edit}) or changes or deletes one ({@code /admin/conditions/edit?id=7}).
 * The version read with the condition travels with the form, so saving over someone else's change is refused.
 */
@Named
@ViewScoped
public class ConditionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "condition";
    static final String LIST = "admin/conditions";

    @Inject
    private ConditionService conditionService;

    private Long id;
    private long version;
    private String name;
    private String slug;
    private String description;
    private String synonyms;
    /** The slug last made from the name: it follows the name until someone types their own. */
    private String suggestedSlug = "";

    private long articleCount;

    public void load() {
        if (id == null) {
            return;
        }
        var found = conditionService.findForEditing(id);
        if (found.isEmpty()) {
            HttpErrors.notFound();
            return;
        }
        var draft = found.get();
        version = draft.version();
        name = draft.name();
        slug = draft.slug();
        description = draft.description();
        synonyms = String.join("\n", draft.synonyms());
    }

    /** A new condition's address follows its name, as long as nobody has typed one. */
    public void nameChanged() {
        if (isNew() && name != null && (slug == null || slug.isBlank() || slug.equals(suggestedSlug))) {
            suggestedSlug = Slugs.fromTitle(name);
            slug = suggestedSlug;
        }
    }

    public void save() {
        var draft = new ConditionDraft(name, slug, description, ConditionDraft.synonymsFrom(synonyms), version);
        try {
            if (isNew()) {
                var condition = conditionService.create(draft);
                FacesForms.savedThenGo("Added \u201c" + condition.getName() + "\u201d.", LIST);
            } else {
                conditionService.update(id, draft);
                FacesForms.savedThenGo("Saved \u201c" + name.strip() + "\u201d.", LIST);
            }
        } catch (InvalidInputException e) {
            FacesForms.refused(FORM, e);
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public void delete() {
        delete(false);
    }

    public void untagAndDelete() {
        delete(true);
    }

    private void delete(boolean untagArticles) {
        try {
            conditionService.delete(id, version, untagArticles);
            FacesForms.savedThenGo("Deleted \u201c" + name + "\u201d.", LIST);
        } catch (ConditionInUseException e) {
            articleCount = e.getArticleCount();
            Messages.addGlobalWarn(e.getMessage());
        } catch (EditConflictException e) {
            FacesForms.conflict(e);
        }
    }

    public boolean isNew() {
        return id == null;
    }

    /** Set once a delete was refused because articles use the condition: the page then offers to untag them. */
    public long getArticleCount() {
        return articleCount;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(String synonyms) {
        this.synonyms = synonyms;
    }
}
