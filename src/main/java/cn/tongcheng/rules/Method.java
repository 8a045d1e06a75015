package cn.tongcheng.rules;

/**
 * The parameters of the scoring method, from the method table in {@code rules/}.
 *
 * @param metFrom       achievement (value relative to target) from which an indicator counts as met
 * @param partlyMetFrom achievement from which it counts as partly met; below it, not met
 * @param minCoverage   share of a dimension's (or the index's) weight that must have data for a score to be shown
 * @param trendSteady   a change since the previous year smaller than this many points (or ranks) shows as steady
 * @param choices       the composite-indicator choices: normalisation, aggregation, imputation, treatment, ranking
 * @param sensitivitySpread how far the sensitivity analysis perturbs each weight: factors drawn from
 *                      [1 − spread, 1 + spread]
 * @param sensitivity   what the sensitivity analysis varies (the {@code sensitivity.*} rows)
 * @param minRankedPlaces the fewest places with an index that a year's ranking needs ({@code ranking.min_places});
 *                      with fewer, no place of the year is ranked (a field of one is never ranked)
 */
public record Method(double metFrom, double partlyMetFrom, double minCoverage, double trendSteady,
                     double sensitivitySpread,
                     @com.fasterxml.jackson.annotation.JsonIgnore MethodChoices choices,
                     @com.fasterxml.jackson.annotation.JsonIgnore SensitivityChoices sensitivity, int minRankedPlaces) {

    /** {@code ranking.min_places} when the method table does not set it: see the README's scoring method. */
    public static final int DEFAULT_MIN_RANKED_PLACES = 3;
    /** The smallest {@code ranking.min_places} the method table may set: one place is no field to rank. */
    public static final int LEAST_MIN_RANKED_PLACES = 2;

    /** The method with these choices; the sensitivity analysis varies the weights only. */
    public Method(double metFrom, double partlyMetFrom, double minCoverage, double trendSteady, double sensitivitySpread,
                  MethodChoices choices) {
        this(metFrom, partlyMetFrom, minCoverage, trendSteady, sensitivitySpread, choices,
                SensitivityChoices.weightsOnly(choices, sensitivitySpread), DEFAULT_MIN_RANKED_PLACES);
    }

    /** The method with today's Jiaxing choices: ratio to target capped at 100, arithmetic, weight coverage. */
    public Method(double metFrom, double partlyMetFrom, double minCoverage, double trendSteady, double sensitivitySpread) {
        this(metFrom, partlyMetFrom, minCoverage, trendSteady, sensitivitySpread, new MethodChoices(
                new cn.tongcheng.method.Normalisation.RatioToTarget(true, 100), java.util.Map.of(),
                new cn.tongcheng.method.ComparisonSet.All(), cn.tongcheng.method.Aggregation.ARITHMETIC, java.util.Map.of(),
                new cn.tongcheng.method.Imputation.None(), new cn.tongcheng.method.Treatment.None(),
                cn.tongcheng.method.Availability.WEIGHT, java.util.OptionalDouble.of(minCoverage), java.util.Map.of(),
                new cn.tongcheng.method.Ranking(java.util.OptionalInt.of(1), cn.tongcheng.method.TieRule.MIN,
                        new cn.tongcheng.method.Ranking.Ranked.All()), java.util.Map.of(), java.util.Map.of()));
    }

    /** The parameters the method table must set. */
    public static final java.util.List<String> PARAMETERS = java.util.List.of("band.met", "band.partly_met",
            "coverage.min", "trend.steady", "sensitivity.spread");
    /** The parameters the method table may set, with a default when it does not. */
    public static final java.util.List<String> OPTIONAL_PARAMETERS = java.util.List.of("ranking.min_places");
}
