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

    /** Rounds to the given number of decimals (half up), for stable output. */
    public static double round(double d, int decimals) {
        return BigDecimal.valueOf(d).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
