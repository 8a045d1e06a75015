package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Sensitivity over method choices. Index I = X and Y (weight 1 each), scores as given (goalposts 0, 100):
 * A (50, 50): arithmetic 50, geometric 50; B (1, 100): 50.5 and 10; C (30, 60): 45 and √1800 = 42.4.
 * Arithmetic ranks B 1, A 2, C 3; geometric ranks A 1, C 2, B 3.
 */
class MethodSensitivityTest {
    private static final IndexStructure TREE = IndexStructure.of(List.of(Node.aggregate("I", null, 1),
            Node.indicator("X", "I", HIGHER, 1), Node.indicator("Y", "I", HIGHER, 1)));
    private static final Dataset DATA = Dataset.builder()
            .unit("A", Map.of("group", "g")).unit("B", Map.of("group", "g")).unit("C", Map.of("group", "g"))
            .value("A", "X", 50).value("A", "Y", 50).value("B", "X", 1).value("B", "Y", 100)
            .value("C", "X", 30).value("C", "Y", 60).build();
    private static final MethodSpec BASE = MethodSpec.builder()
            .normalisation(new Normalisation.Goalposts(0, 100, false, 100)).build();
    private static final List<Uncertainty> CHOICES = List.of(
            new Uncertainty.AggregationChoice(List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC)),
            new Uncertainty.ImputationChoice(List.of(new Imputation.None(), new Imputation.GroupMean("group"))));

    @Test
    void eachUnitsRankSpreadsOverTheAlternatives() {
        MethodSensitivity.Result r = MethodSensitivity.analyse(TREE, BASE, DATA, "I", CHOICES, 200, 7);
        MethodSensitivity.RankSpread b = r.units().get(1);
        assertEquals("B", b.unit());
        assertEquals(1, b.baseRank().getAsInt());
        // B is first under one aggregation and third under the other
        assertEquals(1, b.p5());
        assertEquals(3, b.p95());
        assertEquals(200, b.ranked());
        MethodSensitivity.RankSpread a = r.units().get(0);
        assertEquals(1, a.p5());
        assertEquals(2, a.p95());
    }

    @Test
    void theChoiceThatMovesRanksMostIsNamed() {
        MethodSensitivity.Result r = MethodSensitivity.analyse(TREE, BASE, DATA, "I", CHOICES, 10, 7);
        // geometric alone moves A 2 → 1, B 1 → 3, C 3 → 2: (1 + 2 + 1)/3; nothing is missing, so imputation moves nothing
        assertEquals(new MethodSensitivity.Influence("aggregation", 4.0 / 3), r.influences().get(0));
        assertEquals(new MethodSensitivity.Influence("imputation", 0), r.influences().get(1));
    }

    @Test
    void weightNoiseMovesRanksWhenTheWeightsDecide() {
        // with weights from [0.5, 1.5], B passes A only if w_Y/w_X > 0.98, and C passes B if w_Y/w_X < 0.725
        MethodSensitivity.Result r = MethodSensitivity.analyse(TREE, BASE, DATA, "I",
                List.of(new Uncertainty.WeightNoise(0.5)), 100, 3);
        double shift = r.influences().get(0).meanRankShift();
        assertTrue(shift > 0 && shift <= 2, "shift " + shift);
        assertEquals(3, r.units().get(2).p95());
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        List<Uncertainty> all = List.of(CHOICES.get(0), new Uncertainty.WeightNoise(0.25));
        assertEquals(MethodSensitivity.analyse(TREE, BASE, DATA, "I", all, 50, 11),
                MethodSensitivity.analyse(TREE, BASE, DATA, "I", all, 50, 11));
    }

    @Test
    void quantilesAreRsTypeSeven() {
        // (n − 1)·p over 1 … 5: p 0.05 → h 0.2 → 1.2; 0.5 → 3; 0.95 → h 3.8 → 4 + 0.8 = 4.8
        int[] x = {1, 2, 3, 4, 5};
        assertEquals(1.2, MethodSensitivity.quantile(x, 0.05), 1e-12);
        assertEquals(3, MethodSensitivity.quantile(x, 0.5), 1e-12);
        assertEquals(4.8, MethodSensitivity.quantile(x, 0.95), 1e-12);
    }
}
