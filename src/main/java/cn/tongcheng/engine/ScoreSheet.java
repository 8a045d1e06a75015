package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;

/**
 * Scores the indicators that have a criterion for a place-year, in catalogue order, each with its share
 * of the index (dimension weight ÷ weights of the dimensions assessed × criterion weight ÷ weights in
 * its dimension). Shared by the Drools engine and the plain-Java baseline of the benchmark.
 */
public final class ScoreSheet {
    private final Map<String, Indicator> indicators;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Double> dimensionWeights = new HashMap<>();
    private final IndicatorScorer scorer;

    public ScoreSheet(Catalogue catalogue) {
        this.indicators = catalogue.indicatorsById();
        List<Indicator> all = catalogue.indicators();
        for (int i = 0; i < all.size(); i++) order.put(all.get(i).id(), i);
        for (Dimension d : catalogue.dimensions()) dimensionWeights.put(d.id(), d.weight());
        this.scorer = new IndicatorScorer(catalogue.method());
    }

    /** @param scoreOf the method's score of an indicator for this place-year, or null for none */
    public List<IndicatorScore> score(List<Criterion> criteria, Map<String, Fact> factByIndicator,
                                      java.util.function.Function<String, Double> scoreOf) {
        Map<String, Double> weightPerDimension = new HashMap<>();
        for (Criterion c : criteria) weightPerDimension.merge(indicators.get(c.indicator()).dimension(), c.weight(), Double::sum);
        double assessedDimensions = 0;
        for (String d : weightPerDimension.keySet()) assessedDimensions += dimensionWeights.getOrDefault(d, 0.0);
        List<IndicatorScore> scores = new ArrayList<>(criteria.size());
        for (Criterion c : criteria) {
            Indicator ind = indicators.get(c.indicator());
            double inIndex = assessedDimensions == 0 ? 0 : dimensionWeights.getOrDefault(ind.dimension(), 0.0)
                    / assessedDimensions * c.weight() / weightPerDimension.get(ind.dimension());
            scores.add(scorer.score(ind, c, factByIndicator.get(c.indicator()), inIndex, scoreOf.apply(c.indicator())));
        }
        scores.sort(Comparator.comparingInt(s -> order.get(s.getIndicator())));
        return scores;
    }
}
