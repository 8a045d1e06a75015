package cn.tongcheng.rules;

/**
 * The parameters of the scoring method, from the method table in {@code rules/}.
 *
 * @param metFrom       achievement (value relative to target) from which an indicator counts as met
 * @param partlyMetFrom achievement from which it counts as partly met; below it, not met
 * @param minCoverage   share of a dimension's (or the index's) weight that must have data for a score to be shown
 * @param trendSteady   a change since the previous year smaller than this many points (or ranks) shows as steady
 * @param sensitivitySpread how far the sensitivity analysis perturbs each weight: factors drawn from
 *                      [1 − spread, 1 + spread]
 */
public record Method(double metFrom, double partlyMetFrom, double minCoverage, double trendSteady,
                     double sensitivitySpread) {

    /** The parameters the method table must set. */
    public static final java.util.List<String> PARAMETERS = java.util.List.of("band.met", "band.partly_met",
            "coverage.min", "trend.steady", "sensitivity.spread");
}
