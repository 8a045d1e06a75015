package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Denominators and imputation, on hand-made units. */
class ImputationTest {
    private static final double EPS = 1e-12;

    /** A, B, C in region N (B missing), D, E in region S (E missing), F in region T alone (missing), G without a region (missing). */
    private static Dataset regions() {
        return Small.data("X", new Double[] {2.0, null, 6.0, 10.0, null, null, null}, "N", "N", "N", "S", "S", "T", null);
    }

    @Test
    void groupMeanFillsInFromTheUnitsOfTheSameGroup() {
        IndexResult r = CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().imputation(new Imputation.GroupMean("group")).build(), regions());
        // B: mean of A and C = (2 + 6)/2 = 4; E: mean of D alone = 10
        double[] imputed = Small.stage(r, "X", Stage.IMPUTED);
        assertEquals(4, imputed[1], EPS);
        assertEquals(10, imputed[4], EPS);
        assertEquals(new Basis.Imputed("group", "N", 2), Small.basis(r, "B", "X", Stage.IMPUTED));
        assertEquals(new Basis.Observed(), Small.basis(r, "A", "X", Stage.IMPUTED));
        // F has no other unit in T, G has no region: they stay missing and say so
        assertEquals(new Basis.Missing(NoScoreReason.NO_DONORS), Small.basis(r, "F", "X", Stage.IMPUTED));
        assertEquals(new Basis.Missing(NoScoreReason.NO_DONORS), Small.basis(r, "G", "X", Stage.IMPUTED));
        // the imputed value is normalised like any other: min 2, max 10 → B (4 − 2)/8·100 = 25
        assertEquals(25, r.score("B", "X").orElseThrow(), EPS);
    }

    @Test
    void noImputationLeavesTheValueMissing() {
        IndexResult r = CompositeIndex.compute(Small.oneIndicator(HIGHER), MethodSpec.builder().build(), regions());
        assertTrue(r.score("B", "X").isEmpty());
        assertEquals(NoScoreReason.MISSING_VALUE, r.result("B", "X").noScoreReason().orElseThrow());
    }

    /** X per person: A 10/4, B 12/2, C 9/3, D 5 with no population, E 1 with population 0. */
    private static Dataset perCapita() {
        return Dataset.builder()
                .unit("A", Map.of("group", "N")).unit("B", Map.of("group", "N")).unit("C", Map.of("group", "N"))
                .unit("D", Map.of("group", "N")).unit("E", Map.of("group", "N"))
                .value("A", "X", 10).value("A", "Pop", 4).value("B", "X", 12).value("B", "Pop", 2)
                .value("C", "X", 9).value("C", "Pop", 3).value("D", "X", 5).value("E", "X", 1).value("E", "Pop", 0)
                .build();
    }

    @Test
    void aDenominatorDividesBeforeNormalising() {
        IndexResult r = CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().denominator("X", "Pop").build(), perCapita());
        // 10/4 = 2.5, 12/2 = 6, 9/3 = 3; min-max over 2.5 … 6: A 0, B 100, C (3 − 2.5)/3.5·100 = 14.2857…
        double[] den = Small.stage(r, "X", Stage.DENOMINATED);
        assertEquals(2.5, den[0], EPS);
        assertEquals(6, den[1], EPS);
        assertEquals(new Basis.Denominated("Pop", 4), Small.basis(r, "A", "X", Stage.DENOMINATED));
        assertEquals(50.0 / 3.5, r.score("C", "X").orElseThrow(), EPS);
        // a missing denominator makes the value missing; a zero one too
        assertEquals(new Basis.Missing(NoScoreReason.MISSING_DENOMINATOR), Small.basis(r, "D", "X", Stage.DENOMINATED));
        assertEquals(new Basis.Missing(NoScoreReason.ZERO_DENOMINATOR), Small.basis(r, "E", "X", Stage.DENOMINATED));
        assertEquals(NoScoreReason.MISSING_DENOMINATOR, r.result("D", "X").noScoreReason().orElseThrow());
    }

    @Test
    void imputationUsesTheDenominatedValues() {
        IndexResult r = CompositeIndex.compute(Small.oneIndicator(HIGHER), MethodSpec.builder()
                .denominator("X", "Pop").imputation(new Imputation.GroupMean("group")).build(), perCapita());
        // D and E get the mean of 2.5, 6 and 3 = 11.5/3
        assertEquals(11.5 / 3, Small.stage(r, "X", Stage.IMPUTED)[3], EPS);
        assertEquals(new Basis.Imputed("group", "N", 3), Small.basis(r, "E", "X", Stage.IMPUTED));
    }
}
