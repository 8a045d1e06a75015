package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.method.Basis;
import cn.tongcheng.method.NodeResult;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.Tier;

/**
 * A place-year's assessment from the rules' outcome and the year's index computation: the dimension scores
 * (at every depth), the index and its rank are the computation's, unrounded; the coverage is the share of
 * weight that has data, as the method's data-availability threshold counts it.
 */
public final class Aggregator {
    private final Catalogue catalogue;

    public Aggregator(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public PlaceAssessment aggregate(PlaceYearOutcome o, YearIndex r) {
        String place = o.place().id();
        List<DimensionScore> dims = new ArrayList<>();
        for (Dimension d : catalogue.dimensions()) dims.add(dimension(d, o.scores(), r.aggregate(o.year(), place, d.id())));
        Coverage coverage = coverage(o.scores());
        NodeResult root = r.aggregate(o.year(), place, YearIndex.ROOT);
        Double index = value(root.score());
        // the tier of the index as shown, so that a shown 70.0 is never below a tier starting at 70
        String tier = index == null ? "" : catalogue.tierOf(Numbers.round(index, ScoreDisplay.DECIMALS)).map(Tier::id).orElse("");
        Integer rank = root.rank().isPresent() ? root.rank().getAsInt() : null;
        return new PlaceAssessment(o.place(), o.year(), index, tier, rank, coverage, dims, o.scores(),
                o.recommendations(), o.diagnoses(), null, Profile.EMPTY);
    }

    private DimensionScore dimension(Dimension d, List<IndicatorScore> all, NodeResult node) {
        List<IndicatorScore> scores = all.stream().filter(s -> s.getDimension().equals(d.id())).toList();
        double weight = scores.stream().mapToDouble(IndicatorScore::getWeight).sum();
        List<IndicatorScore> withData = scores.stream().filter(s -> s.getScore() != null).toList();
        double covered = withData.stream().mapToDouble(IndicatorScore::getWeight).sum();
        double coverage = weight == 0 ? 0 : covered / weight;
        boolean ofDimensions = catalogue.dimensions().stream().anyMatch(c -> c.parent().equals(d.id()));
        if (ofDimensions && node.stages().get(0).basis() instanceof Basis.Aggregated a) {
            coverage = a.children() == 0 ? 0 : (double) a.used() / a.children();
        }
        return new DimensionScore(d.id(), value(node.score()), Numbers.round(coverage, 3), scores.size(), withData.size());
    }

    private static Double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static Coverage coverage(List<IndicatorScore> scores) {
        int withData = (int) scores.stream().filter(s -> s.getScore() != null).count();
        double weighted = scores.stream().filter(s -> s.getScore() != null).mapToDouble(IndicatorScore::getWeightInIndex).sum();
        return new Coverage(scores.size(), withData, Numbers.round(weighted, 3));
    }
}
