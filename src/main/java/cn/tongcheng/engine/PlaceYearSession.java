package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.Globals;
import cn.tongcheng.rules.RuleBase;

import org.kie.api.runtime.KieSession;

/**
 * Assesses one place in one year in one Drools session, in two rounds: the criteria rows fire on the
 * place and its facts and set the targets; the indicators are scored; then recommendation and diagnosis
 * rules fire on the scores.
 */
final class PlaceYearSession {
    private final RuleBase ruleBase;
    private final Map<String, Indicator> indicators;
    private final IndicatorScorer scorer;

    PlaceYearSession(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.indicators = ruleBase.catalogue().indicatorsById();
        this.scorer = new IndicatorScorer(ruleBase.catalogue().method());
    }

    PlaceYearOutcome run(PlaceYear py, List<Fact> facts, ProblemList problems) {
        ScoreCard card = new ScoreCard(ruleBase.origins());
        KieSession session = ruleBase.kieBase().newKieSession();
        try {
            Globals.setIfDeclared(session, "card", card);

            session.insert(py);
            Map<String, Fact> factByIndicator = new HashMap<>();
            for (Fact f : facts) {
                session.insert(new Observation(f));
                factByIndicator.put(f.indicator(), f);
            }
            session.fireAllRules();
            List<IndicatorScore> scores = score(card.criteria(indicators, py, problems), factByIndicator);
            scores.forEach(session::insert);
            session.fireAllRules();
            return new PlaceYearOutcome(py.placeRecord(), py.getYear(), scores, sorted(card.recommendations()),
                    card.diagnoses().stream().sorted(Comparator.comparing(Diagnosis::origin)).toList());
        } finally {
            session.dispose();
        }
    }

    private List<IndicatorScore> score(List<Criterion> criteria, Map<String, Fact> facts) {
        Catalogue cat = ruleBase.catalogue();
        Map<String, Double> weightPerDimension = new HashMap<>();
        for (Criterion c : criteria) weightPerDimension.merge(indicators.get(c.indicator()).dimension(), c.weight(), Double::sum);
        double dimensionWeights = cat.dimensions().stream().filter(d -> weightPerDimension.containsKey(d.id()))
                .mapToDouble(Dimension::weight).sum();
        List<IndicatorScore> scores = new ArrayList<>();
        for (Criterion c : criteria) {
            Indicator ind = indicators.get(c.indicator());
            double dimWeight = cat.dimension(ind.dimension()).map(Dimension::weight).orElse(0.0);
            double inIndex = dimensionWeights == 0 ? 0
                    : dimWeight / dimensionWeights * c.weight() / weightPerDimension.get(ind.dimension());
            scores.add(scorer.score(ind, c, facts.get(c.indicator()), inIndex));
        }
        scores.sort(Comparator.comparingInt((IndicatorScore s) -> indexOf(s.definition())));
        return scores;
    }

    private int indexOf(Indicator ind) {
        return ruleBase.catalogue().indicators().indexOf(ind);
    }

    /** Highest priority first; recommendations without a known gap last; ties by rule origin. */
    private static List<Recommendation> sorted(List<Recommendation> recs) {
        return recs.stream().sorted(Comparator
                .comparing((Recommendation r) -> r.priority() == null ? Double.NEGATIVE_INFINITY : r.priority(),
                        Comparator.reverseOrder())
                .thenComparing(Recommendation::origin)
                .thenComparing(Recommendation::indicator)).toList();
    }
}
