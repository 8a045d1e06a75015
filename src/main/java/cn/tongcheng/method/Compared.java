package cn.tongcheng.method;

import java.util.Arrays;

/**
 * The treated values of one comparison set, multiplied by the direction's sign and sorted, with the
 * statistics every unit scored against the set needs: computed once per set, not once per unit.
 */
final class Compared {
    private final double[] sorted;
    /** distinct[i]: how many distinct values sorted[0 .. i−1] hold. */
    private final int[] distinct;
    final double min, max;
    private double mean = Double.NaN, sd = Double.NaN;

    Compared(double[] signed) {
        sorted = signed.clone();
        for (int i = 0; i < sorted.length; i++) sorted[i] += 0.0; // no −0.0 apart from 0.0
        Arrays.sort(sorted);
        distinct = new int[sorted.length];
        for (int i = 1; i < sorted.length; i++) distinct[i] = distinct[i - 1] + (sorted[i] != sorted[i - 1] ? 1 : 0);
        min = sorted.length == 0 ? Double.NaN : sorted[0];
        max = sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    int size() {
        return sorted.length;
    }

    /** The mean (for two or more values). */
    double mean() {
        if (Double.isNaN(mean)) mean = Moments.mean(sorted);
        return mean;
    }

    /** The sample standard deviation (for two or more values). */
    double sd() {
        if (Double.isNaN(sd)) sd = Moments.sd(sorted);
        return sd;
    }

    /** How many values are below {@code v}. */
    int below(double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** How many values are at or below {@code v}. */
    int atOrBelow(double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** How many distinct values are below {@code v}. */
    int distinctBelow(double v) {
        int k = below(v);
        return k == 0 ? 0 : distinct[k - 1] + 1;
    }

    /** The highest value when the unit holding {@code self} (if a member) is left out; NaN if none is left. */
    double maxOfOthers(boolean member, double self) {
        if (!member) return sorted.length == 0 ? Double.NaN : max;
        if (sorted.length < 2) return Double.NaN;
        return self == max && sorted[sorted.length - 2] != max ? sorted[sorted.length - 2] : max;
    }
}
