package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Per-unit weights, nodes not assessed for a unit, and the data-availability threshold counted by weight: what
 * an assessment needs when criteria rows differ by place (a city's rows weigh differently from a county's, and
 * some indicators apply to counties only). Goalposts 0 and 100 make each indicator's score its raw value.
 */
class UnitWeightsTest {
    private static final double EPS = 1e-12;
    private static final Normalisation IDENTITY = new Normalisation.Goalposts(0, 100, false, 100);

    /** I over D1 (weight 1) and D2 (weight 1); D1 over X, Y; D2 over Z. Units A and B. */
    private static IndexResult compute(MethodSpec.Builder method, Dataset data) {
        IndexStructure s = IndexStructure.of(List.of(Node.aggregate("I", null, 1), Node.aggregate("D1", "I", 1),
                Node.aggregate("D2", "I", 1), Node.indicator("X", "D1", HIGHER, 1), Node.indicator("Y", "D1", HIGHER, 1),
                Node.indicator("Z", "D2", HIGHER, 1)));
        return CompositeIndex.compute(s, method.normalisation(IDENTITY).build(), data);
    }

    private static Dataset full() {
        return Dataset.builder().unit("A", Map.of()).unit("B", Map.of())
                .value("A", "X", 20).value("A", "Y", 80).value("A", "Z", 50)
                .value("B", "X", 20).value("B", "Y", 80).value("B", "Z", 50).build();
    }

    @Test
    void aUnitsOwnWeightsChangeOnlyItsAggregates() {
        IndexResult r = compute(MethodSpec.builder().unitWeight("A", "X", 3), full());
        // A: D1 = (3·20 + 1·80)/4 = 35, I = (35 + 50)/2 = 42.5; B keeps the structure's weights: D1 = 50, I = 50
        assertEquals(35, r.score("A", "D1").orElseThrow(), EPS);
        assertEquals(42.5, r.score("A", "I").orElseThrow(), EPS);
        assertEquals(50, r.score("B", "I").orElseThrow(), EPS);
    }

    @Test
    void aNodeNotAssessedForAUnitHasNoScoreAndDropsOutOfItsAggregates() {
        IndexResult r = compute(MethodSpec.builder().notAssessed("A", "Z"), full());
        assertEquals(NoScoreReason.NOT_ASSESSED, r.result("A", "Z").noScoreReason().orElseThrow());
        // D2 has no assessed child for A, so it is not assessed either, and I is D1 alone: (20 + 80)/2 = 50
        assertEquals(NoScoreReason.NOT_ASSESSED, r.result("A", "D2").noScoreReason().orElseThrow());
        assertEquals(50, r.score("A", "I").orElseThrow(), EPS);
        // a not-assessed node is not counted by the threshold: A's I has 1 of 1 assessed children
        assertEquals(50, compute(MethodSpec.builder().notAssessed("A", "Z").dataThreshold(3, 1), full())
                .score("A", "I").orElseThrow(), EPS);
    }

    @Test
    void aValueNotAssessedIsNoDonorForImputation() {
        Dataset d = Dataset.builder().unit("A", Map.of("g", "1")).unit("B", Map.of("g", "1")).unit("C", Map.of("g", "1"))
                .value("A", "X", 10).value("B", "X", 30).value("A", "Y", 1).value("B", "Y", 1).value("C", "Y", 1)
                .value("A", "Z", 1).value("B", "Z", 1).value("C", "Z", 1).build();
        IndexResult r = compute(MethodSpec.builder().imputation(new Imputation.GroupMean("g")).notAssessed("A", "X"), d);
        // C's missing X is the mean of B alone (A's X is not assessed): 30, not (10 + 30)/2
        assertEquals(30, r.score("C", "X").orElseThrow(), EPS);
        assertEquals(NoScoreReason.NOT_ASSESSED, r.result("A", "X").noScoreReason().orElseThrow());
    }

    @Test
    void theThresholdByWeightCountsTheShareOfWeightWithData() {
        // A lacks Y. D1: weight with data 1 of 2 = 0.5. I: (0.5·1 + 1·1)/2 = 0.75 of its weight has data.
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X", 20).value("A", "Z", 50).build();
        MethodSpec.Builder byWeight = MethodSpec.builder().availability(Availability.WEIGHT).unitWeight("A", "Y", 3);
        // with Y weighing 3 for A, D1 has 1/4 of its weight with data: below 0.3 no score; I then has
        // (0.25 + 1)/2 = 0.625 with data and is Z's score alone
        IndexResult r = compute(byWeight.dataThreshold(2, 0.3).dataThreshold(3, 0.6), d);
        assertEquals(NoScoreReason.BELOW_DATA_THRESHOLD, r.result("A", "D1").noScoreReason().orElseThrow());
        assertEquals(50, r.score("A", "I").orElseThrow(), EPS);
        IndexResult strict = compute(MethodSpec.builder().availability(Availability.WEIGHT).unitWeight("A", "Y", 3)
                .dataThreshold(3, 0.7), d);
        assertEquals(NoScoreReason.BELOW_DATA_THRESHOLD, strict.result("A", "I").noScoreReason().orElseThrow());
        // counted by children instead, D1 has 1 of 2 children with a score (0.5) whatever their weight
        IndexResult byChildren = compute(MethodSpec.builder().unitWeight("A", "Y", 3).dataThreshold(2, 0.5), d);
        assertEquals(20, byChildren.score("A", "D1").orElseThrow(), EPS);
    }

    @Test
    void unitWeightsOfUnknownNodesAreRefused() {
        DefinitionException e = org.junit.jupiter.api.Assertions.assertThrows(DefinitionException.class,
                () -> compute(MethodSpec.builder().unitWeight("A", "W", 2), full()));
        assertTrue(e.problems().stream().anyMatch(p -> p.subject().equals("W") && p.kind() == DefinitionProblem.Kind.UNKNOWN_NODE));
    }
}
