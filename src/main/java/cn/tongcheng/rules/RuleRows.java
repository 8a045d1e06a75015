package cn.tongcheng.rules;

import java.util.List;

/**
 * The typed rows of a rule base's tables: its catalogue, named reasons, criteria, recommendations and diagnoses,
 * and the docking practices of the practice scoreboard.
 */
public record RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice,
                       List<Practice> practices) {

    public RuleRows {
        reasons = List.copyOf(reasons);
        criteria = List.copyOf(criteria);
        advice = List.copyOf(advice);
        practices = List.copyOf(practices);
    }

    /** Rows without a practices table. */
    public RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice) {
        this(catalogue, reasons, criteria, advice, List.of());
    }
}
