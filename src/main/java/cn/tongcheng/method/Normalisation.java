package cn.tongcheng.method;

/**
 * How a treated value becomes a score. Two families:
 * <ul>
 * <li>distance forms (min-max, distance to target, distance to a reference unit, goalposts, z-score, rank,
 * percentile rank) work on d·x with d = +1 or −1 the indicator's direction, so lower-is-better is the same
 * straight line turned round;</li>
 * <li>ratio forms (ratio to target, fraction of the maximum, best of the others) divide: value ÷ reference when
 * higher is better, reference ÷ value when lower is better (a ratio cannot be turned round by sign); they need a
 * positive reference and value.</li>
 * </ul>
 * {@code scale} multiplies a [0, 1] result (100 gives 0–100).
 */
public sealed interface Normalisation {

    /** The word the method table writes for this normalisation ({@code min-max}, {@code ratio-to-target} …). */
    default String word() {
        if (this instanceof MinMax) return "min-max";
        if (this instanceof RatioToTarget) return "ratio-to-target";
        if (this instanceof DistanceToTarget) return "distance-to-target";
        if (this instanceof FractionOfMax) return "fraction-of-max";
        if (this instanceof BestOfOthers) return "best-of-others";
        if (this instanceof DistanceToReference) return "distance-to-reference";
        if (this instanceof Goalposts) return "goalposts";
        if (this instanceof ZScore) return "z-score";
        if (this instanceof Rank) return "rank";
        return "percentile-rank";
    }

    /** (x − min)/(max − min)·(u − l) + l over the comparison set (COINr {@code n_minmax}). */
    record MinMax(double lower, double upper) implements Normalisation {
        public MinMax {
            if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower == upper)
                throw new IllegalArgumentException("min-max needs two different finite bounds, not " + lower + ", " + upper);
        }
    }

    /** scale·x/t (scale·t/x when lower is better), capped at scale if {@code capped}. */
    record RatioToTarget(boolean capped, double scale) implements Normalisation {
    }

    /** scale·(x − min)/(t − min) on d·x and d·t (COINr {@code n_dist2targ}); capped at scale if {@code capped}. */
    record DistanceToTarget(boolean capped, double scale) implements Normalisation {
    }

    /** scale·x/max (scale·min/x when lower is better) over the comparison set (COINr {@code n_fracmax}). */
    record FractionOfMax(double scale) implements Normalisation {
    }

    /**
     * scale·x/best where best is the best value among the OTHER units of the comparison set (scale·best/x when
     * lower is better), capped at scale if {@code capped}: the leader is measured against the runner-up.
     */
    record BestOfOthers(boolean capped, double scale) implements Normalisation {
    }

    /**
     * scale·(x − min)/(x_ref − min) on d·x, with x_ref the value of unit {@code referenceUnit} (COINr
     * {@code n_dist2ref}); capped at scale if {@code capped}.
     */
    record DistanceToReference(String referenceUnit, boolean capped, double scale) implements Normalisation {
        public DistanceToReference {
            if (referenceUnit == null || referenceUnit.isBlank())
                throw new IllegalArgumentException("distance to a reference needs the reference unit");
        }
    }

    /**
     * scale·(x − lower)/(upper − lower) when higher is better, scale·(upper − x)/(upper − lower) when lower is
     * better, with fixed goalposts in the indicator's own unit; truncated onto [0, scale] if {@code truncate}.
     */
    record Goalposts(double lower, double upper, boolean truncate, double scale) implements Normalisation {
        public Goalposts {
            if (!(lower < upper)) throw new IllegalArgumentException("goalposts need lower < upper, not " + lower + ", " + upper);
        }
    }

    /** mean + sd·(d·x − m)/s, with m and s the mean and sample standard deviation of the comparison set. */
    record ZScore(double mean, double sd) implements Normalisation {
        public ZScore {
            if (!(sd > 0)) throw new IllegalArgumentException("z-score needs a positive standard deviation, not " + sd);
        }
    }

    /** The rank of d·x in the comparison set, ascending (the best gets n), ties by {@code ties}. */
    record Rank(TieRule ties) implements Normalisation {
    }

    /** scale·(r − 1)/(n − 1) with r the ascending rank of d·x (COINr {@code n_prank}). */
    record PercentileRank(TieRule ties, double scale) implements Normalisation {
    }
}
