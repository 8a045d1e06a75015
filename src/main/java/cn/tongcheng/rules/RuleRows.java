package cn.tongcheng.rules;

import java.util.List;

/**
 * The typed rows of a rule base's tables: its catalogue, named reasons, criteria, recommendations and diagnoses,
 * and the conventions of the annual assessment (grades, bonus, deduction and veto items).
 */
public record RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice,
                       Conventions conventions) {

    public RuleRows {
        reasons = List.copyOf(reasons);
        criteria = List.copyOf(criteria);
        advice = List.copyOf(advice);
        conventions = conventions == null ? Conventions.NONE : conventions;
    }

    public RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice) {
        this(catalogue, reasons, criteria, advice, Conventions.NONE);
    }
}
