package cn.tongcheng.method;

/** Outlier treatment of an indicator across all units of the data, after imputation. */
public sealed interface Treatment {

    record None() implements Treatment {
    }

    /**
     * COINr's two-stage treatment. While |skewness| ≥ {@code skewThreshold} and kurtosis ≥ {@code kurtThreshold}
     * (sample statistics of type 2) and fewer than {@code winmax} points have been changed: when the skewness is
     * ≥ 0 every unit at the maximum gets the next-highest value, otherwise every unit at the minimum gets the
     * next-lowest. If the thresholds are still exceeded then and {@code logFallback} is set, the original column
     * becomes log(x − min + 0.01·(max − min)) instead.
     */
    record Winsorise(int winmax, double skewThreshold, double kurtThreshold, boolean logFallback) implements Treatment {
        public Winsorise {
            if (winmax < 0) throw new IllegalArgumentException("winmax must be ≥ 0, not " + winmax);
            if (!(skewThreshold > 0) || !(kurtThreshold > 0))
                throw new IllegalArgumentException("skewness and kurtosis thresholds must be positive");
        }

        /** COINr's defaults: winmax 5, |skewness| 2, kurtosis 3.5, log fallback. */
        public static Winsorise coinrDefaults() {
            return new Winsorise(5, 2, 3.5, true);
        }
    }

    static Treatment none() {
        return new None();
    }
}
