package cn.tongcheng.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.CriteriaProbe;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.RuleBase;

/**
 * Facts the rules know but never use: no criterion of the fact's indicator applies to its place and year,
 * so the figure is read and then ignored (monitoring indicators are shown, not scored, and are not counted).
 * (Facts for indicators the rules do not know are rejected when the facts are loaded, and reported as errors.)
 * And targets that are the scored place's own figure: a policy-choice row whose numeric target equals the fact
 * of the same place, year and indicator measures the place against itself (an error; a sourced row states its
 * target, so it may equal the figure reached). A level target below the top of its scale is checked the same way;
 * yes/no targets and the top of a scale name the aim itself, not a copied figure.
 */
final class FactCheck {
    private final RuleBase rules;
    private final FactBase facts;
    private final CriteriaCheck criteria;
    private final Findings findings;

    /** Per criteria row ({@code file:row}), the cell of its target, to locate a self-referential target there. */
    private final Map<String, cn.tongcheng.model.Location> targetCell = new HashMap<>();

    FactCheck(RuleBase rules, FactBase facts, CriteriaCheck criteria, Findings findings, java.nio.file.Path rulesDir) {
        this(rules, facts, criteria, findings);
        for (cn.tongcheng.rules.table.RuleTable t : cn.tongcheng.rules.table.RuleFiles.read(rulesDir, new cn.tongcheng.problem.ProblemList()).tables()) {
            if (t.kind() == cn.tongcheng.rules.table.TableKind.CRITERIA) t.rows().forEach(r -> targetCell.put(r.at().toString(), r.at("target")));
        }
    }

    FactCheck(RuleBase rules, FactBase facts, CriteriaCheck criteria, Findings findings) {
        this.rules = rules;
        this.facts = facts;
        this.criteria = criteria;
        this.findings = findings;
    }

    /**
     * The target as written when it is the place's own figure: a number equal to the fact, or a level equal to the
     * fact's level below the top of the scale. The top of a scale is the aim of every place alike, whatever any place
     * reports, and a yes/no target names the step itself; neither is copied from the place.
     */
    private static java.util.Optional<String> copiedTarget(Value target, Value fact, cn.tongcheng.facts.Indicator indicator) {
        if (target instanceof Value.Number t && fact instanceof Value.Number v && t.amount() == v.amount())
            return java.util.Optional.of(Numbers.format(t.amount()));
        if (target instanceof Value.Level t && fact instanceof Value.Level v && t.name().equals(v.name()) && indicator != null
                && !indicator.levels().isEmpty() && !t.name().equals(indicator.levels().get(indicator.levels().size() - 1)))
            return java.util.Optional.of(t.name());
        return java.util.Optional.empty();
    }

    void run() {
        Map<cn.tongcheng.model.PlaceYearKey, Set<String>> assessed = new HashMap<>();
        Map<cn.tongcheng.model.PlaceYearKey, Map<String, CriterionRow>> rowOf = new HashMap<>();
        for (CriteriaProbe p : criteria.probes) {
            cn.tongcheng.model.PlaceYearKey key = AssessmentEngine.key(p.placeYear().getPlace(), p.placeYear().getYear());
            Set<String> inds = assessed.computeIfAbsent(key, k -> new HashSet<>());
            p.rows().forEach(d -> {
                inds.add(d.indicator());
                rowOf.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(d.indicator(), d);
            });
        }
        Map<String, cn.tongcheng.facts.Indicator> indicators = rules.catalogue().indicatorsById();
        cn.tongcheng.rules.MethodChoices choices = rules.catalogue().method().choices();
        if (choices.comparison() instanceof cn.tongcheng.method.ComparisonSet.SameGroup g && !g.groupAttribute().equals("kind")
                && !choices.origin("comparison").isEmpty()) {
            // a place without the attribute belongs to no group: it is compared with no one, and no one with it
            java.util.List<String> without = facts.places().stream()
                    .filter(p -> !p.attributes().containsKey(g.groupAttribute())).map(cn.tongcheng.facts.Place::id).toList();
            if (!without.isEmpty()) findings.warning(choices.origin("comparison"), "value", "check.no-group", g.groupAttribute(),
                    String.join(", ", without));
        }
        Map<String, String> placeNames = new HashMap<>();
        facts.places().forEach(p -> placeNames.put(p.id(), p.nameZh()));
        for (Fact f : facts.facts()) {
            CriterionRow row = rowOf.getOrDefault(AssessmentEngine.key(f.place(), f.year()), Map.of()).get(f.indicator());
            java.util.Optional<String> copied = row == null || CriterionRow.SOURCED.equals(row.basis()) ? java.util.Optional.empty()
                    : copiedTarget(row.target(), f.value(), indicators.get(f.indicator()));
            if (copied.isPresent()) {
                Object[] args = {copied.get(), row.id(), placeNames.getOrDefault(f.place(), f.place()), f.year(), f.origin()};
                cn.tongcheng.model.Location cell = targetCell.get(row.origin());
                if (cell == null) {
                    findings.error(row.origin(), "target", "check.self-target", args);
                } else {
                    cn.tongcheng.problem.ProblemList one = new cn.tongcheng.problem.ProblemList();
                    one.add(cell, "target", "check.self-target", args);
                    one.sorted().forEach(p -> findings.add(cn.tongcheng.check.Finding.Severity.ERROR, p));
                }
            }
            if (indicators.containsKey(f.indicator()) && indicators.get(f.indicator()).monitoring()) continue;
            if (!assessed.getOrDefault(AssessmentEngine.key(f.place(), f.year()), Set.of()).contains(f.indicator())) {
                findings.warning(f.origin(), "indicator", "check.unused-fact", f.indicator(), f.place(), f.year());
            }
        }
    }
}
