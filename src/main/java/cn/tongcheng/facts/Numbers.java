package cn.tongcheng.facts;

import java.math.BigDecimal;

/** Number formatting shared by reports and messages: no trailing zeros, no exponent. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return String.valueOf(d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    /**
     * Rounds to the given number of decimals, half up on the decimal digits as printed (83.35 → 83.4).
     * Plain arithmetic decides unless the value lies next to a half, where BigDecimal decides exactly.
     */
    public static double round(double d, int decimals) {
        if (decimals < POWERS.length && Double.isFinite(d) && Math.abs(d) < 1e9) {
            double scaled = d * POWERS[decimals];
            double fraction = Math.abs(scaled - Math.floor(scaled) - 0.5);
            if (fraction > 1e-6) return Math.round(scaled) / POWERS[decimals];
        }
        return BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
