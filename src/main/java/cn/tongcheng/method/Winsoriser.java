package cn.tongcheng.method;

import java.util.OptionalDouble;

/** COINr's outlier treatment of one indicator column (the values present, in unit order). */
final class Winsoriser {
    private static final Basis UNTREATED = new Basis.Untreated();
    private Winsoriser() {
    }

    /** The treated column, the basis of each point, and the report. */
    record Column(double[] values, Basis[] bases, TreatmentReport report) {
    }

    static Column treat(String indicator, double[] original, Treatment treatment) {
        int n = original.length;
        double[] x = original.clone();
        Basis[] bases = new Basis[n];
        java.util.Arrays.fill(bases, UNTREATED);
        if (!(treatment instanceof Treatment.Winsorise w)) {
            return new Column(x, bases, new TreatmentReport(indicator, treatment, TreatmentReport.Outcome.NOT_TREATED, 0,
                    opt(Moments.skewness(x)), opt(Moments.kurtosis(x)), opt(Moments.skewness(x)), opt(Moments.kurtosis(x)),
                    true));
        }
        double skew0 = Moments.skewness(x), kurt0 = Moments.kurtosis(x);
        if (Double.isNaN(skew0) || Double.isNaN(kurt0)) {
            return new Column(x, bases, report(indicator, w, TreatmentReport.Outcome.STATISTICS_UNDEFINED, 0, x, skew0, kurt0));
        }
        if (passes(skew0, kurt0, w)) {
            return new Column(x, bases, report(indicator, w, TreatmentReport.Outcome.WITHIN_THRESHOLDS, 0, x, skew0, kurt0));
        }
        int changed = 0;
        boolean pass = false;
        while (!pass && changed < w.winmax()) {
            boolean high = Moments.skewness(x) >= 0;
            double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : x) extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
            double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double v : x) {
                if (v != extreme) next = high ? Math.max(next, v) : Math.min(next, v);
            }
            if (Double.isInfinite(next)) break;
            for (int i = 0; i < n; i++) {
                if (x[i] == extreme) {
                    x[i] = next;
                    if (bases[i] instanceof Basis.Untreated)
                        bases[i] = new Basis.Winsorised(high ? Basis.Winsorised.Side.HIGH : Basis.Winsorised.Side.LOW, original[i]);
                }
            }
            changed = 0;
            for (Basis b : bases) if (b instanceof Basis.Winsorised) changed++;
            double sk = Moments.skewness(x), kt = Moments.kurtosis(x);
            pass = Double.isNaN(sk) || Double.isNaN(kt) || passes(sk, kt, w);
        }
        if (pass || !w.logFallback()) {
            return new Column(x, bases, report(indicator, w, TreatmentReport.Outcome.WINSORISED, changed, x, skew0, kurt0));
        }
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double v : original) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double[] logged = new double[n];
        for (int i = 0; i < n; i++) {
            logged[i] = Math.log(original[i] - min + 0.01 * (max - min));
            bases[i] = new Basis.LogTransformed(original[i], min, max);
        }
        return new Column(logged, bases, report(indicator, w, TreatmentReport.Outcome.LOG_TRANSFORMED, 0, logged, skew0, kurt0));
    }

    /** COINr's pass test: |skewness| below its threshold, or kurtosis below its threshold. */
    private static boolean passes(double skew, double kurt, Treatment.Winsorise w) {
        return Math.abs(skew) < w.skewThreshold() || kurt < w.kurtThreshold();
    }

    private static TreatmentReport report(String indicator, Treatment.Winsorise w, TreatmentReport.Outcome outcome,
            int changed, double[] after, double skew0, double kurt0) {
        double sk = Moments.skewness(after), kt = Moments.kurtosis(after);
        boolean pass = Double.isNaN(sk) || Double.isNaN(kt) || passes(sk, kt, w);
        return new TreatmentReport(indicator, w, outcome, changed, opt(skew0), opt(kurt0), opt(sk), opt(kt), pass);
    }

    private static OptionalDouble opt(double v) {
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
