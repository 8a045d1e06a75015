package cn.tongcheng.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.engine.CriteriaProbe;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.RuleBase;

/**
 * Weights as the method needs them. The method divides each criterion's weight by the weights of its
 * dimension, and each dimension's weight by those of the dimensions assessed, so weights need not sum to
 * 1 or 100; but every criterion weight must be above 0 (the engine's own check, reported with the rows),
 * every dimension weight must be above 0, and a dimension with no criterion for a kind of place drops out
 * of that kind's index, its weight shared among the others.
 */
final class WeightCheck {
    private final RuleBase rules;
    private final CriteriaCheck criteria;
    private final Findings findings;

    WeightCheck(RuleBase rules, CriteriaCheck criteria, Findings findings) {
        this.rules = rules;
        this.criteria = criteria;
        this.findings = findings;
    }

    void run() {
        for (Dimension d : rules.catalogue().dimensions()) {
            if (d.weight() <= 0) findings.error(d.origin(), "weight", "check.dimension-weight", d.id(), Numbers.format(d.weight()));
        }
        Map<String, Indicator> indicators = rules.catalogue().indicatorsById();
        for (String kind : CriteriaCheck.KINDS) {
            Set<String> withWeight = new LinkedHashSet<>();
            for (CriteriaProbe p : criteria.probes) {
                if (!p.placeYear().getPlace().equals("<" + kind + ">")) continue;
                for (Criterion c : p.criteria()) if (c.weight() > 0) withWeight.add(indicators.get(c.indicator()).dimension());
            }
            for (Dimension d : rules.catalogue().dimensions()) {
                if (!withWeight.contains(d.id()) && d.weight() > 0) {
                    findings.warning(d.origin(), "weight", "check.dimension-empty", d.id(), kind);
                }
            }
        }
    }
}
