package cn.tongcheng.engine;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Value;
import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.Draft;

/**
 * Checks the cells a criteria row handed over and makes the criterion. A row's cells are the same in
 * every session, so each distinct row is read once per run and shared by all sessions and threads.
 */
final class CriterionReader {
    static final Set<String> BASES = Set.of("sourced", "policy-choice");

    private final Map<String, Indicator> indicators;
    private final Map<Draft, Optional<Criterion>> read = new ConcurrentHashMap<>();

    CriterionReader(Map<String, Indicator> indicators) {
        this.indicators = indicators;
    }

    Optional<Criterion> read(Draft d, ProblemList problems) {
        return read.computeIfAbsent(d, x -> parse(x, indicators.get(x.id()), problems));
    }

    private static Optional<Criterion> parse(Draft d, Indicator ind, ProblemList problems) {
        if (ind == null) {
            problems.addAt(d.origin(), "indicator", "criteria.unknown-indicator", d.id());
            return Optional.empty();
        }
        Optional<Value> target = ValueParser.parse(ind, d.get("target"));
        if (target.isEmpty()) {
            problems.addAt(d.origin(), "target", "criteria.bad-target", d.get("target"), ind.id(), ValueParser.expected(ind));
        }
        Optional<Double> weight = ValueParser.number(d.get("weight")).filter(w -> w > 0);
        if (weight.isEmpty()) problems.addAt(d.origin(), "weight", "criteria.bad-weight", d.get("weight"));
        String basis = d.get("basis");
        boolean basisOk = BASES.contains(basis);
        if (!basisOk) problems.addAt(d.origin(), "basis", "criteria.bad-basis", basis);
        if (basis.equals("sourced") && (d.get("source").isEmpty() || d.get("quote").isEmpty())) {
            problems.addAt(d.origin(), "quote", "criteria.unsourced", ind.id());
            basisOk = false;
        }
        if (basis.equals("policy-choice") && d.get("reason").isEmpty()) {
            problems.addAt(d.origin(), "reason", "criteria.no-reason", ind.id());
            basisOk = false;
        }
        if (target.isEmpty() || weight.isEmpty() || !basisOk) return Optional.empty();
        return Optional.of(new Criterion(d.get("id"), ind.id(), target.get(), weight.get(), basis, d.get("source"),
                d.get("quote"), d.get("reason"), d.origin()));
    }

}
