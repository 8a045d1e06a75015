package cn.tongcheng.rules;

import java.util.List;

/** The typed rows of a rule base's tables: its catalogue, named reasons, criteria, recommendations and diagnoses. */
public record RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice) {

    public RuleRows {
        reasons = List.copyOf(reasons);
        criteria = List.copyOf(criteria);
        advice = List.copyOf(advice);
    }
}
