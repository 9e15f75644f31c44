package org.meridian.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.meridian.condition.Condition;
import org.meridian.condition.ConditionService;
import org.meridian.system.BadRequestException;
import org.meridian.system.HttpErrors;
import org.meridian.system.Page;
import org.omnifaces.util.Faces;

/** The article library, {@code /articles?condition=...&page=...}: works as a plain GET form, no JavaScript. */
@Named
@RequestScoped
public class LibraryBacking {

    @Inject
    private ArticleService articleService;

    @Inject
    private ConditionService conditionService;

    private LibraryFilter filter;
    private List<Condition> allConditions;
    private List<Condition> selectedConditions;
    private Page<Article> page;

    public void load() {
        try {
            filter = LibraryFilter.parse(
                    Faces.getRequestParameterValues("condition"), Faces.getRequestParameter("page"));
        } catch (BadRequestException malformed) {
            HttpErrors.badRequest();
            return;
        }
        selectedConditions = conditionService.find(filter.getConditionSlugs());
        if (selectedConditions.size() < filter.getConditionSlugs().size()) {
            HttpErrors.notFound();
            return;
        }
        page = articleService.library(filter);
        if (filter.getPage() > page.getTotalPages()) {
            HttpErrors.notFound();
            return;
        }
        allConditions = conditionService.all();
    }

    /** The library URL's query string with one condition removed from the filter. */
    public String queryWithout(Condition condition) {
        return filter.without(condition.getSlug()).toQueryString();
    }

    public String queryForPage(int number) {
        return filter.onPage(number).toQueryString();
    }

    public boolean isSelected(Condition condition) {
        return filter.isSelected(condition.getSlug());
    }

    /** "Back Pain or Sciatica" for the heading of a filtered library. */
    public String getSelectedNames() {
        var names = selectedConditions.stream().map(Condition::getName).toList();
        return names.size() <= 1
                ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    public LibraryFilter getFilter() {
        return filter;
    }

    public List<Condition> getAllConditions() {
        return allConditions;
    }

    public List<Condition> getSelectedConditions() {
        return selectedConditions;
    }

    public Page<Article> getPage() {
        return page;
    }
}
