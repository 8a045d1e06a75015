package cn.tongcheng.rules;

import java.util.List;
import java.util.Optional;

/**
 * The conventions of an annual target-responsibility assessment (目标责任制考核) as the rule base states them in
 * {@code rules/grading/}: the parameters, the grades best first, and the bonus, deduction and veto items in table
 * order. Empty (no grades, no items) when the rule base states none: then no unit is graded.
 */
public record Conventions(GradingParameters parameters, List<Grade> grades, List<ConventionItem> items) {

    public static final Conventions NONE = new Conventions(GradingParameters.NONE, List.of(), List.of());

    public Conventions {
        grades = List.copyOf(grades);
        items = List.copyOf(items);
    }

    public boolean defined() {
        return !grades.isEmpty() || !items.isEmpty();
    }

    public Optional<Grade> grade(String id) {
        return grades.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public List<ConventionItem> items(ConventionItem.Kind kind) {
        return items.stream().filter(i -> i.kind() == kind).toList();
    }
}
