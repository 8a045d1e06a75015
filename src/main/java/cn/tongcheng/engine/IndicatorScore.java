package cn.tongcheng.engine;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The score of one indicator for a place and year: the fact, the criterion that set the target, how far
 * the value reaches (achievement), the 0–100 score, the gap and the status. Recommendation rules match on
 * it: {@code IndicatorScore(indicator == "x", gap || noData)}.
 */
@JsonPropertyOrder({"indicator", "dimension", "status", "value", "target", "score", "achievement", "shortfall",
        "weight", "weightInIndex", "criterion", "fact"})
public final class IndicatorScore {
    private final Indicator indicator;
    private final Criterion criterion;
    private final Fact fact;
    private final Double achievement;
    private final Double score;
    private final Double shortfall;
    private final Status status;
    private final double weightInIndex;

    IndicatorScore(Indicator indicator, Criterion criterion, Fact fact, Double achievement, Double score,
                   Double shortfall, Status status, double weightInIndex) {
        this.indicator = indicator;
        this.criterion = criterion;
        this.fact = fact;
        this.achievement = achievement;
        this.score = score;
        this.shortfall = shortfall;
        this.status = status;
        this.weightInIndex = weightInIndex;
    }

    public String getIndicator() {
        return indicator.id();
    }

    public String getDimension() {
        return indicator.dimension();
    }

    public Status getStatus() {
        return status;
    }

    /** The value as reported, or null when there is no data. */
    public Object getValue() {
        return fact == null ? null : fact.value().json();
    }

    public Object getTarget() {
        return criterion.target() == null ? null : criterion.target().json();
    }

    /** 0–100, or null when there is no data. */
    public Double getScore() {
        return score;
    }

    /** Value relative to target (1 = target reached), or null when there is no data. */
    public Double getAchievement() {
        return achievement;
    }

    /** For numbers: how much is missing to the target, in the indicator's unit; null otherwise. */
    public Double getShortfall() {
        return shortfall;
    }

    /** The criterion's weight within its dimension. */
    public double getWeight() {
        return criterion.weight();
    }

    /** The share of the overall index that this indicator carries (dimension weight × weight within it). */
    public double getWeightInIndex() {
        return weightInIndex;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public Fact getFact() {
        return fact;
    }

    @JsonIgnore
    public Indicator definition() {
        return indicator;
    }

    @JsonIgnore
    public boolean isMet() {
        return status == Status.MET;
    }

    @JsonIgnore
    public boolean isPartlyMet() {
        return status == Status.PARTLY_MET;
    }

    @JsonIgnore
    public boolean isNotMet() {
        return status == Status.NOT_MET;
    }

    @JsonIgnore
    public boolean isNoData() {
        return status == Status.NO_DATA;
    }

    /** Partly met or not met: there is data and the target is not reached. */
    @JsonIgnore
    public boolean isGap() {
        return status == Status.PARTLY_MET || status == Status.NOT_MET;
    }

    /** What closing the gap is worth: share of the index × points missing; null without data. */
    @JsonIgnore
    public Double priority() {
        return score == null ? null : weightInIndex * (100 - score);
    }
}
