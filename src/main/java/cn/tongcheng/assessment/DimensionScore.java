package cn.tongcheng.assessment;

/**
 * A dimension's weighted score for a place and year.
 *
 * @param score      weighted mean of the scores of its indicators that have data; null without data or when
 *                   coverage is below the method's minimum
 * @param coverage   share of the dimension's indicator weight that has data (0–1)
 * @param indicators indicators with a target in this dimension
 * @param withData   of those, how many have a fact
 */
public record DimensionScore(String dimension, Double score, double coverage, int indicators, int withData) {

    public boolean sufficient() {
        return score != null;
    }
}
