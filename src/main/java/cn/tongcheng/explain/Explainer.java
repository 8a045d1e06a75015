package cn.tongcheng.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;

/**
 * Traces a place's assessment back to its parts with the aggregation's own arithmetic: a dimension's score
 * is the weighted mean of its indicators with data, the index the weighted mean of the dimensions with a
 * score, so each indicator adds (its share of the dimension) × (the dimension's share of the index) × score.
 */
public final class Explainer {
    private final Catalogue catalogue;

    public Explainer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @param indicator only this indicator's chain (and the recommendations it caused), or null for all */
    public Explanation explain(PlaceAssessment p, String indicator) {
        return explain(p, indicator, java.util.Optional.empty());
    }

    /** @param result the year's index computation: with an indicator, its whole chain of stages is explained */
    public Explanation explain(PlaceAssessment p, String indicator, java.util.Optional<cn.tongcheng.method.IndexResult> result) {
        double scoredWeight = p.dimensions().stream().filter(DimensionScore::sufficient)
                .mapToDouble(d -> weight(d.dimension())).sum();
        List<Explanation.DimensionPart> dims = new ArrayList<>();
        for (DimensionScore ds : p.dimensions()) {
            double share = ds.sufficient() && scoredWeight > 0 ? weight(ds.dimension()) / scoredWeight : 0;
            List<IndicatorScore> of = p.indicators().stream().filter(s -> s.getDimension().equals(ds.dimension())).toList();
            double covered = of.stream().filter(s -> s.getScore() != null).mapToDouble(IndicatorScore::getWeight).sum();
            List<Explanation.IndicatorPart> parts = of.stream()
                    .filter(s -> indicator == null || s.getIndicator().equals(indicator))
                    .map(s -> new Explanation.IndicatorPart(s, s.getScore() == null || covered == 0 ? 0 : s.getWeight() / covered,
                            share)).toList();
            if (indicator == null || !parts.isEmpty()) {
                Dimension d = catalogue.dimension(ds.dimension()).orElseThrow();
                dims.add(new Explanation.DimensionPart(d, ds, share, parts));
            }
        }
        List<Explanation.Because> recs = new ArrayList<>();
        for (Recommendation r : p.recommendations()) {
            if (indicator != null && !r.indicator().equals(indicator)) continue;
            recs.add(new Explanation.Because(r, score(p, r.indicator()).orElse(null)));
        }
        var diagnoses = p.diagnoses().stream().filter(d -> indicator == null || d.evidence().contains(indicator)).toList();
        boolean monitoring = indicator != null && catalogue.indicatorsById().containsKey(indicator)
                && catalogue.indicatorsById().get(indicator).monitoring(); // no node in the index tree
        List<MethodChain.Step> chain = indicator == null || result.isEmpty() || monitoring ? List.of()
                : MethodChain.of(result.get(), catalogue, p.place().id(), indicator);
        return new Explanation(p, dims, recs, diagnoses, indicator, chain);
    }

    private double weight(String dimension) {
        return catalogue.dimension(dimension).map(Dimension::weight).orElse(0.0);
    }

    private static Optional<IndicatorScore> score(PlaceAssessment p, String indicator) {
        return p.indicators().stream().filter(s -> s.getIndicator().equals(indicator)).findFirst();
    }
}
