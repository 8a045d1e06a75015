package cn.tongcheng.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.CriteriaProbe;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.rules.RuleBase;

/**
 * Facts the rules know but never use: no criterion of the fact's indicator applies to its place and year,
 * so the figure is read and then ignored. (Facts for indicators the rules do not know are rejected when
 * the facts are loaded, and reported as errors.)
 */
final class FactCheck {
    private final FactBase facts;
    private final CriteriaCheck criteria;
    private final Findings findings;

    FactCheck(RuleBase rules, FactBase facts, CriteriaCheck criteria, Findings findings) {
        this.facts = facts;
        this.criteria = criteria;
        this.findings = findings;
    }

    void run() {
        Map<cn.tongcheng.model.PlaceYearKey, Set<String>> assessed = new HashMap<>();
        for (CriteriaProbe p : criteria.probes) {
            Set<String> inds = assessed.computeIfAbsent(AssessmentEngine.key(p.placeYear().getPlace(), p.placeYear().getYear()), k -> new HashSet<>());
            p.rows().forEach(d -> inds.add(d.indicator()));
        }
        for (Fact f : facts.facts()) {
            if (!assessed.getOrDefault(AssessmentEngine.key(f.place(), f.year()), Set.of()).contains(f.indicator())) {
                findings.warning(f.origin(), "indicator", "check.unused-fact", f.indicator(), f.place(), f.year());
            }
        }
    }
}
