package cn.tongcheng.method;

/**
 * How the scores of a node's children become the node's score; weights are renormalised over the children
 * that have a score (COINr {@code a_amean}, {@code a_gmean}, {@code a_hmean}).
 */
public enum Aggregation {
    /** Σ wᵢyᵢ / Σ wᵢ: full compensation between children. */
    ARITHMETIC,
    /** exp(Σ wᵢ ln yᵢ / Σ wᵢ): partial compensation; every child score must be positive. */
    GEOMETRIC,
    /** Σ wᵢ / Σ (wᵢ / yᵢ): least compensation; every child score must be positive. */
    HARMONIC;

    /**
     * The weighted mean of {@code y} (all present), or NaN when a geometric or harmonic mean meets a value
     * that is not positive.
     */
    double mean(double[] y, double[] w) {
        return mean(y, w, y.length);
    }

    /** The weighted mean of the first {@code count} values of {@code y}. */
    double mean(double[] y, double[] w, int count) {
        double sumW = 0;
        for (int i = 0; i < count; i++) sumW += w[i];
        switch (this) {
            case ARITHMETIC -> {
                double s = 0;
                for (int i = 0; i < count; i++) s += w[i] / sumW * y[i];
                return s;
            }
            case GEOMETRIC -> {
                double s = 0;
                for (int i = 0; i < count; i++) {
                    if (y[i] <= 0) return Double.NaN;
                    s += w[i] * Math.log(y[i]);
                }
                return Math.exp(s / sumW);
            }
            case HARMONIC -> {
                double s = 0;
                for (int i = 0; i < count; i++) {
                    if (y[i] <= 0) return Double.NaN;
                    s += w[i] / y[i];
                }
                return sumW / s;
            }
            default -> throw new AssertionError(this);
        }
    }
}
