package cn.tongcheng.method;

/** Sample statistics as COINr computes them ({@code skew}, {@code kurt}: e1071 type 2, as Excel's SKEW and KURT). */
final class Moments {
    private Moments() {
    }

    /** The mean, refined by a second pass as R's {@code mean()} does. */
    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        double m = s / x.length;
        double t = 0;
        for (double v : x) t += v - m;
        return m + t / x.length;
    }

    /** Sample standard deviation (n − 1 in the denominator). */
    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        return Math.sqrt(s / (x.length - 1));
    }

    /** G1 = √n·Σd³/(Σd²)^1.5 · √(n(n−1))/(n−2); NaN for fewer than 3 values or no spread. */
    static double skewness(double[] x) {
        int n = x.length;
        if (n < 3) return Double.NaN;
        double m = mean(x);
        double s2 = 0, s3 = 0;
        for (double v : x) {
            double d = v - m;
            s2 += d * d;
            s3 += d * d * d;
        }
        if (s2 == 0) return Double.NaN;
        double y = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
        return y * Math.sqrt((double) n * (n - 1)) / (n - 2);
    }

    /** G2 = ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)) with r = n·Σd⁴/(Σd²)²; NaN for fewer than 4 values or no spread. */
    static double kurtosis(double[] x) {
        int n = x.length;
        if (n < 4) return Double.NaN;
        double m = mean(x);
        double s2 = 0, s4 = 0;
        for (double v : x) {
            double d = v - m;
            s2 += d * d;
            s4 += d * d * d * d;
        }
        if (s2 == 0) return Double.NaN;
        double r = n * s4 / (s2 * s2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    }
}
