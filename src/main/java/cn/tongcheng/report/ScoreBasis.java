package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Place;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.method.Basis;
import cn.tongcheng.method.ComparisonSet;
import cn.tongcheng.method.IndexResult;
import cn.tongcheng.method.NodeResult;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.Stage;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.MethodChoices;

/**
 * What an indicator's score is measured against, in words: a target the documents state (its article and quote),
 * a target chosen as policy (its named reason), a comparison with other places (which ones, by which method), or
 * fixed goalposts of the method table. Every report format shows it beside the score, not a bare {@code *}.
 */
final class ScoreBasis {

    /** The kind of basis, for tools (JSON, CSV). */
    enum Kind {
        SOURCED("sourced"), POLICY_CHOICE("policy-choice"), COMPARISON("comparison"), FIXED_SCALE("fixed-scale"),
        AGGREGATE("aggregate");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    record Worded(Kind kind, String text) {
    }

    private final Assessment a;
    private final Messages m;
    private final Map<String, Place> places = new java.util.HashMap<>();

    ScoreBasis(Assessment a, Messages m) {
        this.a = a;
        this.m = m;
        a.places().forEach(p -> places.putIfAbsent(p.place().id(), p.place()));
    }

    Worded of(PlaceAssessment p, IndicatorScore s) {
        Normalisation n = a.catalogue().method().choices().normalisation(s.getIndicator());
        if (MethodChoices.needsTarget(n)) {
            if (CriterionRow.SOURCED.equals(s.getCriterion().basis())) {
                return new Worded(Kind.SOURCED, m.get("score-basis.sourced", s.getCriterion().source(), s.getCriterion().quote()));
            }
            return new Worded(Kind.POLICY_CHOICE, m.get("score-basis.policy", s.getCriterion().reason().in(m.isChinese())));
        }
        if (n instanceof Normalisation.Goalposts g) {
            return new Worded(Kind.FIXED_SCALE, m.get("score-basis.goalposts", Numbers.format(g.lower()), Numbers.format(g.upper())));
        }
        if (n instanceof Normalisation.DistanceToReference r) {
            return new Worded(Kind.COMPARISON, m.get("score-basis.reference", name(r.referenceUnit())));
        }
        List<String> compared = compared(p, s.getIndicator(), n instanceof Normalisation.BestOfOthers);
        String method = m.get("score-basis.method." + n.word());
        if (compared.isEmpty()) return new Worded(Kind.COMPARISON, m.get("score-basis.compared-none", method));
        return new Worded(Kind.COMPARISON, m.get("score-basis.compared", compared.size(), method,
                String.join(m.isChinese() ? "、" : ", ", compared)));
    }

    /**
     * A dimension's or the index's score in words: the weighted mean of how many of its parts that have a score
     * (「由 10 个组成部分中有得分的 2 个按权重算术平均得出」), or why it has none.
     */
    Worded aggregate(PlaceAssessment p, String node) {
        Optional<IndexResult> r = a.result(p.year());
        if (r.isEmpty()) return new Worded(Kind.AGGREGATE, "");
        NodeResult n = r.get().result(p.place().id(), node);
        Basis b = n.stages().get(n.stages().size() - 1).basis();
        if (b instanceof Basis.Aggregated ag) {
            return new Worded(Kind.AGGREGATE, m.get("score-basis.aggregate", ag.used(), ag.children(),
                    m.get("score-basis.aggregation." + ag.aggregation().name())));
        }
        if (b instanceof Basis.Missing miss) return new Worded(Kind.AGGREGATE, m.get("method.reason." + miss.reason().name()));
        return new Worded(Kind.AGGREGATE, "");
    }

    /** The places whose values set this place's reference points: those of its comparison set with a value. */
    private List<String> compared(PlaceAssessment p, String indicator, boolean othersOnly) {
        Optional<IndexResult> r = a.result(p.year());
        if (r.isEmpty()) return List.of();
        NodeResult own = r.get().result(p.place().id(), indicator);
        ComparisonSet set = own.stage(Stage.NORMALISED).map(v -> v.basis() instanceof Basis.Normalised nb ? nb.comparison() : null)
                .orElse(new ComparisonSet.All());
        List<String> out = new ArrayList<>();
        for (String unit : r.get().units()) {
            if (othersOnly && unit.equals(p.place().id())) continue;
            NodeResult u = r.get().result(unit, indicator);
            boolean value = u.stage(Stage.TREATED).map(v -> v.value().isPresent()).orElse(false);
            if (value && inSet(set, p.place(), unit)) out.add(name(unit));
        }
        return out;
    }

    private boolean inSet(ComparisonSet set, Place self, String unit) {
        if (set instanceof ComparisonSet.Listed l) return l.units().contains(unit);
        if (set instanceof ComparisonSet.SameGroup g) {
            Place other = places.get(unit);
            return other != null && group(other, g.groupAttribute()).equals(group(self, g.groupAttribute()));
        }
        return true;
    }

    private static String group(Place p, String attribute) {
        return "kind".equals(attribute) ? p.kind() : p.attributes().getOrDefault(attribute, "");
    }

    private String name(String id) {
        Place p = places.get(id);
        return p == null ? id : p.name(m.isChinese());
    }
}
