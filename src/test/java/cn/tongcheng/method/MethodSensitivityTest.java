package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/**
 * Sensitivity over method choices, on small cases worked by hand. Scores are the values (goalposts 0, 100).
 * Index I = X and Y, weight 1 each: A (50, 50) is 50 either way; B (20, 90) is 55 arithmetic and √1800 = 42.4
 * geometric; C (10, 20) is 15 and √200 = 14.1. Arithmetic ranks B 1, A 2, C 3; geometric swaps A and B and leaves
 * C third.
 */
class MethodSensitivityTest {
    private static final IndexStructure TREE = IndexStructure.of(List.of(Node.aggregate("I", null, 1),
            Node.indicator("X", "I", HIGHER, 1), Node.indicator("Y", "I", HIGHER, 1)));
    private static final Dataset DATA = Dataset.builder()
            .unit("A", Map.of("group", "g")).unit("B", Map.of("group", "g")).unit("C", Map.of("group", "g"))
            .value("A", "X", 50).value("A", "Y", 50).value("B", "X", 20).value("B", "Y", 90)
            .value("C", "X", 10).value("C", "Y", 20).build();
    private static final MethodSpec BASE = MethodSpec.builder()
            .normalisation(new Normalisation.Goalposts(0, 100, false, 100)).build();
    private static final Uncertainty AGGREGATION = new Uncertainty.AggregationChoice(List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC));
    private static final Uncertainty IMPUTATION = new Uncertainty.ImputationChoice(List.of(new Imputation.None(), new Imputation.GroupMean("group")));

    private static MethodSensitivity.Result analyse(IndexStructure tree, MethodSpec base, Dataset data, List<Uncertainty> factors,
            MethodSensitivity.Design design, int samples, long seed, int threads) {
        return MethodSensitivity.analyse(tree, base, data,
                new MethodSensitivity.Plan("I", factors, design, samples, seed, 50, threads), MethodSensitivity.Progress.NONE);
    }

    private static MethodSensitivity.RankSpread of(MethodSensitivity.Result r, String unit) {
        return r.units().stream().filter(s -> s.unit().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void geometricMeansSwapTwoPlacesAndThePlaceThatNeverMovesHasAnIntervalOneRankWide() {
        MethodSensitivity.Result r = analyse(TREE, BASE, DATA, List.of(AGGREGATION), MethodSensitivity.Design.UNCERTAINTY, 200, 7, 1);
        assertEquals(OptionalInt.of(2), of(r, "A").nominal());
        assertEquals(OptionalInt.of(1), of(r, "B").nominal());
        assertEquals(1, of(r, "A").p5());
        assertEquals(2, of(r, "A").p95());
        assertEquals(1, of(r, "B").p5());
        assertEquals(2, of(r, "B").p95());
        MethodSensitivity.RankSpread c = of(r, "C");
        assertEquals(3, c.p5());
        assertEquals(3, c.p95());
        assertEquals(3, c.median());
        assertEquals(200, c.ranked());
        // geometric alone: A 2 → 1, B 1 → 2, C stays: (1 + 1 + 0) / 3
        assertEquals(2.0 / 3, r.influences().get(0).meanRankShiftAlone(), 1e-12);
        // one factor: an uncertainty analysis, as COINr refuses a sensitivity analysis of one input
        assertEquals(MethodSensitivity.Design.UNCERTAINTY, r.design());
        assertTrue(r.influences().get(0).firstOrder().isEmpty());
    }

    @Test
    void sensitivityIndicesGiveTheRankChangesToTheChoiceThatCausesThem() {
        // nothing is missing, so imputation changes nothing: its indices are exactly 0; the output is a function of
        // the aggregation alone, so yAB of aggregation is yB and Si = mean(yB·(yB − yA)) / var, STi = Σ(yA − yB)² / (2N·var)
        MethodSensitivity.Result r = analyse(TREE, BASE, DATA, List.of(AGGREGATION, IMPUTATION),
                MethodSensitivity.Design.SENSITIVITY, 400, 3, 2);
        assertEquals(400 * 4, r.runs());
        MethodSensitivity.Influence agg = r.influences().get(0);
        MethodSensitivity.Influence imp = r.influences().get(1);
        assertEquals(Uncertainty.Choice.AGGREGATION, agg.choice());
        assertEquals(0, imp.firstOrder().orElseThrow().value());
        assertEquals(0, imp.total().orElseThrow().value());
        assertEquals(0, imp.meanRankShiftAlone());
        // E[Si] = E[STi] = 1 when one factor explains all; with 400 points the estimates are within 0.2 of it
        assertEquals(1, agg.firstOrder().orElseThrow().value(), 0.2);
        assertEquals(1, agg.total().orElseThrow().value(), 0.2);
        MethodSensitivity.Estimate st = agg.total().orElseThrow();
        assertTrue(st.low().getAsDouble() <= st.value() && st.value() <= st.high().getAsDouble(), st.toString());
        // rank statistics come from the 2N random points A and B, as COINr's
        assertEquals(800, of(r, "C").ranked());
    }

    @Test
    void theSameSeedGivesTheSameResultWhateverTheThreads() {
        List<Uncertainty> all = List.of(AGGREGATION, new Uncertainty.WeightNoise(0.25));
        MethodSensitivity.Result one = analyse(TREE, BASE, DATA, all, MethodSensitivity.Design.SENSITIVITY, 60, 11, 1);
        assertEquals(one, analyse(TREE, BASE, DATA, all, MethodSensitivity.Design.SENSITIVITY, 60, 11, 1));
        assertEquals(one, analyse(TREE, BASE, DATA, all, MethodSensitivity.Design.SENSITIVITY, 60, 11, 3));
        // and another seed gives other draws
        assertTrue(!one.equals(analyse(TREE, BASE, DATA, all, MethodSensitivity.Design.SENSITIVITY, 60, 12, 1)));
    }

    /**
     * A four-level tree, I ← S1 (P1 ← x1, x2; P2 ← x3), S2 (P3 ← x4), and two units tied at equal weights by a
     * difference at one level only: only noise on that level's weights can break the tie (ties share rank 1).
     */
    private static final IndexStructure NESTED = IndexStructure.of(List.of(Node.aggregate("I", null, 1),
            Node.aggregate("S1", "I", 1), Node.aggregate("S2", "I", 1),
            Node.aggregate("P1", "S1", 1), Node.aggregate("P2", "S1", 1), Node.aggregate("P3", "S2", 1),
            Node.indicator("x1", "P1", HIGHER, 1), Node.indicator("x2", "P1", HIGHER, 1),
            Node.indicator("x3", "P2", HIGHER, 1), Node.indicator("x4", "P3", HIGHER, 1)));

    private static Dataset tiedAt(int level) {
        double[][] uv = switch (level) {
            case 1 -> new double[][] {{70, 30, 50, 50}, {30, 70, 50, 50}}; // P1 = 50 for both only if w(x1) = w(x2)
            case 2 -> new double[][] {{60, 60, 40, 50}, {40, 40, 60, 50}}; // S1 = 50 for both only if w(P1) = w(P2)
            default -> new double[][] {{60, 60, 60, 40}, {40, 40, 40, 60}}; // I = 50 for both only if w(S1) = w(S2)
        };
        Dataset.Builder b = Dataset.builder().unit("U", Map.of()).unit("V", Map.of());
        for (int k = 0; k < 4; k++) {
            b.value("U", "x" + (k + 1), uv[0][k]);
            b.value("V", "x" + (k + 1), uv[1][k]);
        }
        return b.build();
    }

    private static boolean tieBroken(MethodSpec base, int tiedLevel, int noisyLevel) {
        Map<Integer, Double> spreads = new java.util.HashMap<>(Map.of(1, 0.0, 2, 0.0, 3, 0.0));
        spreads.put(noisyLevel, 0.3);
        MethodSensitivity.Result r = analyse(NESTED, base, tiedAt(tiedLevel),
                List.of(new Uncertainty.WeightNoise(0, spreads)), MethodSensitivity.Design.UNCERTAINTY, 40, 5, 1);
        assertEquals(OptionalInt.of(1), of(r, "U").nominal());
        assertEquals(OptionalInt.of(1), of(r, "V").nominal());
        return of(r, "U").p95() > 1 || of(r, "V").p95() > 1;
    }

    @Test
    void weightNoiseReachesEveryLevelOfANestedTreeAndOnlyTheLevelAsked() {
        for (int tied = 1; tied <= 3; tied++) {
            for (int noisy = 1; noisy <= 3; noisy++) {
                assertEquals(tied == noisy, tieBroken(BASE, tied, noisy), "tie at level " + tied + ", noise at level " + noisy);
            }
        }
    }

    @Test
    void aUnitsOwnWeightsAreTheOnesPerturbed() {
        // the units' own weights of x1 and x2 (as a criterion row sets them) are 2 and 2, the tree's 1 and 1: the tie at
        // level 1 is broken only if the own weights get the factors
        MethodSpec own = BASE.toBuilder().unitWeight("U", "x1", 2).unitWeight("U", "x2", 2)
                .unitWeight("V", "x1", 2).unitWeight("V", "x2", 2).build();
        assertTrue(tieBroken(own, 1, 1));
    }

    @Test
    void quantilesAreRsTypeSeven() {
        // (n − 1)·p over 1 … 5: p 0.05 → h 0.2 → 1.2; 0.5 → 3; 0.95 → h 3.8 → 4 + 0.8 = 4.8
        int[] x = {1, 2, 3, 4, 5};
        assertEquals(1.2, MethodSensitivity.quantile(x, 0.05), 1e-12);
        assertEquals(3, MethodSensitivity.quantile(x, 0.5), 1e-12);
        assertEquals(4.8, MethodSensitivity.quantile(x, 0.95), 1e-12);
    }

    @Test
    void saltellisDesignTakesOneColumnFromBForEachFactor() {
        double[][] x = MethodSensitivity.saltelli(2, 3, new java.util.SplittableRandom(1));
        assertEquals(2 * (3 + 2), x.length);
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 2; r++) {
                double[] ab = x[4 + i * 2 + r];
                for (int j = 0; j < 3; j++) assertEquals(j == i ? x[2 + r][j] : x[r][j], ab[j]);
            }
        }
    }
}
