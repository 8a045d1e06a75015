package cn.tongcheng.rules;

import java.util.List;

/**
 * The typed rows of a rule base's tables: its catalogue, named reasons, criteria, recommendations and diagnoses,
 * the conventions of the annual assessment (grades, bonus, deduction and veto items), and the docking practices
 * of the practice scoreboard.
 */
public record RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice,
                       Conventions conventions, List<Practice> practices) {

    public RuleRows {
        reasons = List.copyOf(reasons);
        criteria = List.copyOf(criteria);
        advice = List.copyOf(advice);
        conventions = conventions == null ? Conventions.NONE : conventions;
        practices = List.copyOf(practices);
    }

    /** Rows without conventions or a practices table. */
    public RuleRows(Catalogue catalogue, List<Reason> reasons, List<CriterionRow> criteria, List<AdviceRow> advice) {
        this(catalogue, reasons, criteria, advice, Conventions.NONE, List.of());
    }
}
