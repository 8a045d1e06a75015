package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.Draft;
import cn.tongcheng.rules.RuleOrigins;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global {@code card} of one session: criteria rows hand it their targets, recommendation and
 * diagnosis rules report to it. Texts, sources and quotes of recommendations come from the rule's
 * metadata ({@code @zh}, {@code @en}, {@code @source}, {@code @quote}), so they live in {@code rules/}.
 */
public final class ScoreCard {
    private final RuleOrigins origins;
    private final List<Draft> criteria = new ArrayList<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final Map<String, Diagnosis> diagnoses = new LinkedHashMap<>();

    ScoreCard(RuleOrigins origins) {
        this.origins = origins;
    }

    /** Called by a criteria row: {@code Draft c = card.criterion(drools, "transport.bus_lines");}. */
    public Draft criterion(RuleContext drools, String indicator) {
        Draft d = new Draft("criterion", indicator, origins.of(drools.getRule()));
        d.put("id", drools.getRule().getName());
        criteria.add(d);
        return d;
    }

    /** Called by a recommendation rule for the indicator score it matched. */
    public void recommend(RuleContext drools, IndicatorScore score) {
        Rule rule = drools.getRule();
        recommendations.add(new Recommendation(rule.getName(), score.getIndicator(), score.getStatus(),
                score.priority(), meta(rule, "zh"), meta(rule, "en"), meta(rule, "source"), meta(rule, "quote"),
                origins.of(rule)));
    }

    /** Called by a recommendation rule that answers no single indicator. */
    public void recommend(RuleContext drools) {
        Rule rule = drools.getRule();
        recommendations.add(new Recommendation(rule.getName(), "", null, null, meta(rule, "zh"), meta(rule, "en"),
                meta(rule, "source"), meta(rule, "quote"), origins.of(rule)));
    }

    /** Called by a diagnosis rule; several calls of one rule gather their evidence in one diagnosis. */
    public void diagnose(RuleContext drools, String... evidence) {
        Rule rule = drools.getRule();
        Diagnosis before = diagnoses.get(rule.getName());
        List<String> all = new ArrayList<>(before == null ? List.of() : before.evidence());
        for (String e : evidence) if (!all.contains(e)) all.add(e);
        all.sort(null);
        diagnoses.put(rule.getName(), new Diagnosis(rule.getName(), all, meta(rule, "zh"), meta(rule, "en"),
                meta(rule, "source"), meta(rule, "quote"), origins.of(rule)));
    }

    private static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) return "";
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The criteria of the session, checked; bad cells and overlapping rows become problems. */
    List<Criterion> criteria(CriterionReader reader, PlaceYear py, ProblemList problems) {
        Map<String, Criterion> byIndicator = new LinkedHashMap<>();
        for (Draft d : criteria) {
            Optional<Criterion> c = reader.read(d, problems);
            if (c.isEmpty()) continue;
            Criterion before = byIndicator.putIfAbsent(d.id(), c.get());
            if (before != null) {
                problems.addAt(d.origin(), "", "criteria.overlap", d.id(), py.getPlace(), py.getYear(), before.origin());
            }
        }
        return List.copyOf(byIndicator.values());
    }

    /** The criteria rows as they fired, before any check. */
    List<Draft> rows() {
        return List.copyOf(criteria);
    }

    List<Recommendation> recommendations() {
        return List.copyOf(recommendations);
    }

    List<Diagnosis> diagnoses() {
        return List.copyOf(diagnoses.values());
    }
}
