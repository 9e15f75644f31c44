package org.meridian.condition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The condition index, {@code /conditions}. */
@Named
@RequestScoped
public class ConditionIndexBacking {

    @Inject
    private ConditionService conditionService;

    private List<ConditionSummary> conditions;

    public void load() {
        conditions = conditionService.summaries();
    }

    public List<ConditionSummary> getConditions() {
        return conditions;
    }
}
