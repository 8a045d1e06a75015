package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.AdviceRow;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.RuleIndex;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code card} of one session: criteria rules hand it their rows, recommendation and diagnosis rules
 * report to it. Each rule's row (or, for a hand-written rule, its metadata) gives the texts, sources and quotes,
 * so they live in {@code rules/}.
 */
public final class ScoreCard {
    private final RuleIndex index;
    private final List<CriterionRow> criteria = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final Map<String, Diagnosis> diagnoses = new LinkedHashMap<>();

    ScoreCard(RuleIndex index) {
        this.index = index;
    }

    /** Called by a generated criteria rule: its row applies to the session's place and year. */
    public void criterion(RuleContext drools) {
        CriterionRow row = index.criterion(drools.getRule());
        if (row == null) throw new IllegalStateException("card.criterion is for the rules generated from criteria tables");
        criteria.add(row);
    }

    /** Called by a recommendation rule for the indicator score it matched. */
    public void recommend(RuleContext drools, IndicatorScore score) {
        AdviceRow a = index.advice(drools.getRule());
        recommendations.add(new Recommendation(a.id(), score.getIndicator(), score.getStatus(), score.priority(),
                a.text().zh(), a.text().en(), a.source(), a.quote(), a.origin()));
    }

    /** Called by a recommendation rule that answers no single indicator. */
    public void recommend(RuleContext drools) {
        AdviceRow a = index.advice(drools.getRule());
        recommendations.add(new Recommendation(a.id(), "", null, null, a.text().zh(), a.text().en(), a.source(),
                a.quote(), a.origin()));
    }

    /** Called by a diagnosis rule; several calls of one rule (or row) gather their evidence in one diagnosis. */
    public void diagnose(RuleContext drools, IndicatorScore score) {
        diagnose(drools, score.getIndicator());
    }

    /** Called by a hand-written diagnosis rule with the indicators that show the problem. */
    public void diagnose(RuleContext drools, String... evidence) {
        Rule rule = drools.getRule();
        AdviceRow a = index.advice(rule);
        Diagnosis before = diagnoses.get(a.id());
        List<String> all = new ArrayList<>(before == null ? List.of() : before.evidence());
        for (String e : evidence) if (!all.contains(e)) all.add(e);
        all.sort(null);
        diagnoses.put(a.id(), new Diagnosis(a.id(), all, a.text().zh(), a.text().en(), a.source(), a.quote(), a.origin()));
    }

    /** The criteria the rows that fired set for a place-year, one per indicator; two rows for one indicator are a problem. */
    static List<Criterion> criteria(List<CriterionRow> rows, PlaceYear py, ProblemList problems) {
        Map<String, CriterionRow> byIndicator = new LinkedHashMap<>();
        for (CriterionRow row : rows) {
            CriterionRow before = byIndicator.putIfAbsent(row.indicator(), row);
            if (before != null) {
                problems.addAt(row.origin(), "", "criteria.overlap", row.indicator(), py.getPlace(), py.getYear(), before.origin());
            }
        }
        return byIndicator.values().stream().map(Criterion::of).toList();
    }

    /** The criteria rows that fired, in firing order. */
    List<CriterionRow> rows() {
        return List.copyOf(criteria);
    }

    List<Recommendation> recommendations() {
        return List.copyOf(recommendations);
    }

    List<Diagnosis> diagnoses() {
        return List.copyOf(diagnoses.values());
    }
}
