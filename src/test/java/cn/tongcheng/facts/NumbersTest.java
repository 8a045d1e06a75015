package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void roundsHalfUpOnThePrintedDigits() {
        assertEquals(83.4, Numbers.round(83.35, 1));
        assertEquals(81.3, Numbers.round(81.25, 1));
        assertEquals(66.7, Numbers.round(100 * 60 / 90.0, 1));
        assertEquals(-2.5, Numbers.round(-2.45, 1), "half up means away from zero, as BigDecimal HALF_UP");
        assertEquals(0.6667, Numbers.round(2 / 3.0, 4));
    }

    @Test
    void agreesWithBigDecimalOnRandomValues() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double d = Math.round(r.nextDouble(-1000, 1000) * 1000) / 1000.0;
            int decimals = r.nextInt(0, 5);
            double expected = BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
            assertEquals(expected, Numbers.round(d, decimals), d + " to " + decimals);
        }
    }

    @Test
    void formatsWithoutExponentOrTrailingZeros() {
        assertEquals("2388113", Numbers.format(2388113));
        assertEquals("16.8", Numbers.format(16.80));
    }
}
