package cn.tongcheng.explain;

import java.util.List;

import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.rules.Dimension;

/** Why a place scored what it did in a year: each point and each recommendation traced to its fact and rule. */
public record Explanation(PlaceAssessment place, List<DimensionPart> dimensions, List<Because> recommendations,
                          List<Diagnosis> diagnoses, String onlyIndicator, List<MethodChain.Step> chain) {

    /**
     * A dimension and its indicators.
     *
     * @param shareOfIndex the dimension's weight ÷ the weights of the dimensions with a score; 0 when it has none
     */
    public record DimensionPart(Dimension dimension, DimensionScore score, double shareOfIndex, List<IndicatorPart> indicators) {

        public double pointsOfIndex() {
            return score.score() == null ? 0 : shareOfIndex * score.score();
        }
    }

    /**
     * An indicator's score and what it adds.
     *
     * @param shareOfDimension its weight ÷ the weights of the dimension's indicators with data; 0 without data
     */
    public record IndicatorPart(IndicatorScore score, double shareOfDimension, double shareOfIndex) {

        public double pointsOfDimension() {
            return score.getScore() == null ? 0 : shareOfDimension * score.getScore();
        }

        public double pointsOfIndex() {
            return score.getScore() == null ? 0 : shareOfIndex * shareOfDimension * score.getScore();
        }
    }

    /** A recommendation and the indicator score that made its rule fire (null when it answers none). */
    public record Because(Recommendation recommendation, IndicatorScore score) {
    }
}
