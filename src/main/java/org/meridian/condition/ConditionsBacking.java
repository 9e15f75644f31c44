package org.meridian.condition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The conditions in the admin console, {@code /admin/conditions}. */
@Named
@RequestScoped
public class ConditionsBacking {

    @Inject
    private ConditionService conditionService;

    private List<ConditionSummary> conditions;

    public void load() {
        conditions = conditionService.summariesForEditing();
    }

    public List<ConditionSummary> getConditions() {
        return conditions;
    }
}
