package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * COINr's outlier treatment. Skewness G1 and kurtosis G2 (type 2) worked by hand from the central sums
 * S2 = Σd², S3 = Σd³, S4 = Σd⁴: G1 = √n·S3/S2^1.5·√(n(n−1))/(n−2), G2 = ((n+1)(n·S4/S2² − 3) + 6)(n−1)/((n−2)(n−3)).
 */
class TreatmentTest {
    private static final double EPS = 1e-12;

    private static IndexResult treat(Treatment t, double... x) {
        return CompositeIndex.compute(Small.oneIndicator(HIGHER), MethodSpec.builder().treatment(t).build(), Small.data(x));
    }

    private static double[] seq(double... tail) {
        double[] x = new double[10 + tail.length];
        for (int i = 0; i < 10; i++) x[i] = i + 1;
        System.arraycopy(tail, 0, x, 10, tail.length);
        return x;
    }

    @Test
    void oneHighOutlierIsWinsorisedToTheNextHighestValue() {
        // 1 … 10, 30, 100 (n 12, mean 15.4167): S2 8432.92, S3 596033, S4 5.13764e7 → G1 3.063, G2 9.741: fails.
        // 100 → 30: 1 … 10, 30, 30 (mean 9.5833): S2 1082.92, S3 15329.5 → G1 1.712 < 2: passes after 1 point.
        IndexResult r = treat(Treatment.Winsorise.coinrDefaults(), seq(30, 100));
        assertArrayEquals(seq(30, 30), Small.stage(r, "X", Stage.TREATED), EPS);
        assertEquals(new Basis.Winsorised(Basis.Winsorised.Side.HIGH, 100), Small.basis(r, "L", "X", Stage.TREATED));
        assertEquals(new Basis.Untreated(), Small.basis(r, "K", "X", Stage.TREATED));
        TreatmentReport t = r.treatments().get(0);
        assertEquals(TreatmentReport.Outcome.WINSORISED, t.outcome());
        assertEquals(1, t.pointsChanged());
        assertEquals(3.0632, t.skewBefore().orElseThrow(), 1e-4);
        assertEquals(9.7414, t.kurtosisBefore().orElseThrow(), 1e-4);
        assertEquals(1.7120, t.skewAfter().orElseThrow(), 1e-4);
        assertTrue(t.passesAfter());
    }

    @Test
    void negativeSkewWinsorisesTheMinimum() {
        // the mirror image −(1 … 10, 30, 100): G1 −3.063, G2 9.741; −100 → −30
        double[] x = seq(30, 100);
        for (int i = 0; i < x.length; i++) x[i] = -x[i];
        IndexResult r = treat(Treatment.Winsorise.coinrDefaults(), x);
        assertEquals(-30, Small.stage(r, "X", Stage.TREATED)[11], EPS);
        assertEquals(new Basis.Winsorised(Basis.Winsorised.Side.LOW, -100), Small.basis(r, "L", "X", Stage.TREATED));
    }

    @Test
    void whenWinmaxIsReachedTheOriginalColumnIsLogTransformed() {
        // 16 × 1, 100, 1000: G1 4.177, G2 17.58; 1000 → 100: G1 2.706, G2 5.977, still fails, winmax 1 reached.
        // log(x − min + 0.01·(max − min)) = log(x − 1 + 9.99): 1 → log 9.99, 100 → log 108.99, 1000 → log 1008.99
        double[] x = new double[18];
        java.util.Arrays.fill(x, 1);
        x[16] = 100;
        x[17] = 1000;
        IndexResult r = treat(new Treatment.Winsorise(1, 2, 3.5, true), x);
        double[] treated = Small.stage(r, "X", Stage.TREATED);
        assertEquals(Math.log(9.99), treated[0], EPS);
        assertEquals(Math.log(108.99), treated[16], EPS);
        assertEquals(Math.log(1008.99), treated[17], EPS);
        assertEquals(TreatmentReport.Outcome.LOG_TRANSFORMED, r.treatments().get(0).outcome());
        assertEquals(new Basis.LogTransformed(1000, 1, 1000), Small.basis(r, "R", "X", Stage.TREATED));
        // without the fallback, the winsorised column stays, still failing
        IndexResult noLog = treat(new Treatment.Winsorise(1, 2, 3.5, false), x);
        assertEquals(100, Small.stage(noLog, "X", Stage.TREATED)[17], EPS);
        assertFalse(noLog.treatments().get(0).passesAfter());
    }

    @Test
    void tiedMaximaAreWinsorisedTogether() {
        // 1 … 10, 100, 100: G1 2.030 ≥ 2 but G2 2.577 < 3.5: passes, nothing changes (both tests must fail)
        IndexResult r = treat(Treatment.Winsorise.coinrDefaults(), seq(100, 100));
        assertEquals(TreatmentReport.Outcome.WITHIN_THRESHOLDS, r.treatments().get(0).outcome());
        // 16 × 1, 100, 100: G1 2.706, G2 5.977 fails; both 100s go to 1 at once: two points changed
        double[] x = new double[18];
        java.util.Arrays.fill(x, 1);
        x[16] = 100;
        x[17] = 100;
        IndexResult both = treat(Treatment.Winsorise.coinrDefaults(), x);
        assertEquals(2, both.treatments().get(0).pointsChanged());
        assertEquals(1, Small.stage(both, "X", Stage.TREATED)[17], EPS);
    }

    @Test
    void noTreatmentAndTooFewValuesLeaveTheDataAsItIs() {
        IndexResult none = treat(Treatment.none(), seq(30, 100));
        assertArrayEquals(seq(30, 100), Small.stage(none, "X", Stage.TREATED), EPS);
        assertEquals(TreatmentReport.Outcome.NOT_TREATED, none.treatments().get(0).outcome());
        // kurtosis needs 4 values
        IndexResult three = treat(Treatment.Winsorise.coinrDefaults(), 1, 2, 100);
        assertEquals(TreatmentReport.Outcome.STATISTICS_UNDEFINED, three.treatments().get(0).outcome());
        assertEquals(100, Small.stage(three, "X", Stage.TREATED)[2], EPS);
    }
}
