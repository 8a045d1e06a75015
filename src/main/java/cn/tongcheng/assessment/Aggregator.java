package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.Tier;

/**
 * Aggregates indicator scores: a dimension's score is the weighted mean of its indicators that have data;
 * the index is the weighted mean of the dimensions that have a score. Below the method's minimum coverage a
 * dimension or the index has no score ("insufficient data") rather than one that is not comparable.
 */
public final class Aggregator {
    private final Catalogue catalogue;

    public Aggregator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public PlaceAssessment aggregate(PlaceYearOutcome o) {
        List<DimensionScore> dims = new ArrayList<>();
        for (Dimension d : catalogue.dimensions()) {
            List<IndicatorScore> of = o.scores().stream().filter(s -> s.getDimension().equals(d.id())).toList();
            dims.add(dimension(d, of));
        }
        Coverage coverage = coverage(o.scores());
        Double index = coverage.weighted() < catalogue.method().minCoverage() ? null : index(dims);
        String tier = index == null ? "" : catalogue.tierOf(index).map(Tier::id).orElse("");
        return new PlaceAssessment(o.place(), o.year(), index, tier, null, coverage, dims, o.scores(),
                o.recommendations(), o.diagnoses(), null, Profile.EMPTY);
    }

    private DimensionScore dimension(Dimension d, List<IndicatorScore> scores) {
        double all = scores.stream().mapToDouble(IndicatorScore::getWeight).sum();
        List<IndicatorScore> withData = scores.stream().filter(s -> s.getScore() != null).toList();
        double covered = withData.stream().mapToDouble(IndicatorScore::getWeight).sum();
        double coverage = all == 0 ? 0 : covered / all;
        Double score = null;
        if (!withData.isEmpty() && coverage >= catalogue.method().minCoverage()) {
            double sum = withData.stream().mapToDouble(s -> s.getWeight() * s.getScore()).sum();
            score = Numbers.round(sum / covered, 1);
        }
        return new DimensionScore(d.id(), score, Numbers.round(coverage, 3), scores.size(), withData.size());
    }

    private Double index(List<DimensionScore> dims) {
        double weights = 0;
        double sum = 0;
        for (DimensionScore ds : dims) {
            if (ds.score() == null) continue;
            double w = catalogue.dimension(ds.dimension()).map(Dimension::weight).orElse(0.0);
            weights += w;
            sum += w * ds.score();
        }
        return weights == 0 ? null : Numbers.round(sum / weights, 1);
    }

    private static Coverage coverage(List<IndicatorScore> scores) {
        int withData = (int) scores.stream().filter(s -> s.getScore() != null).count();
        double weighted = scores.stream().filter(s -> s.getScore() != null).mapToDouble(IndicatorScore::getWeightInIndex).sum();
        return new Coverage(scores.size(), withData, Numbers.round(weighted, 3));
    }
}
