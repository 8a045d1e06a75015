package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Aggregation of child scores. Goalposts 0 and 100 (not truncated) make each indicator's score its raw value,
 * so the figures below are the children's scores as given.
 */
class AggregationTest {
    private static final double EPS = 1e-12;
    private static final Normalisation IDENTITY = new Normalisation.Goalposts(0, 100, false, 100);

    /** Index I over X (weight 1) and Y (weight 3); one unit A with X = 20, Y = 80. */
    private static IndexResult twoChildren(MethodSpec.Builder method) {
        IndexStructure s = IndexStructure.of(List.of(Node.aggregate("I", null, 1),
                Node.indicator("X", "I", HIGHER, 1), Node.indicator("Y", "I", HIGHER, 3)));
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X", 20).value("A", "Y", 80).build();
        return CompositeIndex.compute(s, method.normalisation(IDENTITY).build(), d);
    }

    @Test
    void weightedArithmeticMean() {
        // (1·20 + 3·80)/4 = 260/4 = 65
        assertEquals(65, twoChildren(MethodSpec.builder()).score("A", "I").orElseThrow(), EPS);
    }

    @Test
    void weightedGeometricMean() {
        // 20^(1/4)·80^(3/4) = 20·4^(3/4) = 20·2√2 = 56.5685…
        assertEquals(40 * Math.sqrt(2), twoChildren(MethodSpec.builder().aggregation(Aggregation.GEOMETRIC))
                .score("A", "I").orElseThrow(), EPS);
    }

    @Test
    void weightedHarmonicMean() {
        // 4/(1/20 + 3/80) = 4/(4/80 + 3/80) = 320/7 = 45.714…
        assertEquals(320.0 / 7, twoChildren(MethodSpec.builder().aggregation(Aggregation.HARMONIC))
                .score("A", "I").orElseThrow(), EPS);
    }

    @Test
    void aNodesOwnAggregationBeatsItsLevelsWhichBeatsTheDefault() {
        assertEquals(320.0 / 7, twoChildren(MethodSpec.builder().aggregation(Aggregation.GEOMETRIC)
                .aggregationAtLevel(2, Aggregation.HARMONIC)).score("A", "I").orElseThrow(), EPS);
        assertEquals(65, twoChildren(MethodSpec.builder().aggregationAtLevel(2, Aggregation.HARMONIC)
                .aggregation("I", Aggregation.ARITHMETIC)).score("A", "I").orElseThrow(), EPS);
        Basis.Aggregated b = (Basis.Aggregated) Small.basis(twoChildren(MethodSpec.builder()), "A", "I", Stage.AGGREGATED);
        assertEquals(Aggregation.ARITHMETIC, b.aggregation());
        assertEquals(2, b.used());
        assertEquals(4, b.weightUsed(), EPS);
    }

    /** I over X, Y (weight 1 each) and Z (weight 2); A has X 20, Z 80 and no Y. */
    private static IndexResult withMissing(MethodSpec.Builder method) {
        IndexStructure s = IndexStructure.of(List.of(Node.aggregate("I", null, 1), Node.indicator("X", "I", HIGHER, 1),
                Node.indicator("Y", "I", HIGHER, 1), Node.indicator("Z", "I", HIGHER, 2)));
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X", 20).value("A", "Z", 80).build();
        return CompositeIndex.compute(s, method.normalisation(IDENTITY).build(), d);
    }

    @Test
    void aMissingChildDropsOutAndTheWeightsAreRenormalised() {
        // (1·20 + 2·80)/(1 + 2) = 180/3 = 60
        assertEquals(60, withMissing(MethodSpec.builder()).score("A", "I").orElseThrow(), EPS);
    }

    @Test
    void theDataAvailabilityThresholdOfTheLevel() {
        // 2 of 3 children = 0.667: below 0.75 no score, at 0.6 a score
        assertEquals(NoScoreReason.BELOW_DATA_THRESHOLD, withMissing(MethodSpec.builder().dataThreshold(2, 0.75))
                .result("A", "I").noScoreReason().orElseThrow());
        assertEquals(60, withMissing(MethodSpec.builder().dataThreshold(2, 0.6)).score("A", "I").orElseThrow(), EPS);
        // a threshold of another level does not apply
        assertEquals(60, withMissing(MethodSpec.builder().dataThreshold(3, 1)).score("A", "I").orElseThrow(), EPS);
    }

    @Test
    void geometricAndHarmonicMeansNeedPositiveScores() {
        IndexStructure s = IndexStructure.of(List.of(Node.aggregate("I", null, 1),
                Node.indicator("X", "I", HIGHER, 1), Node.indicator("Y", "I", HIGHER, 1)));
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X", 0).value("A", "Y", 50).build();
        for (Aggregation a : List.of(Aggregation.GEOMETRIC, Aggregation.HARMONIC)) {
            IndexResult r = CompositeIndex.compute(s, MethodSpec.builder().normalisation(IDENTITY).aggregation(a).build(), d);
            assertEquals(NoScoreReason.NON_POSITIVE_FOR_MEAN, r.result("A", "I").noScoreReason().orElseThrow(), a.name());
        }
    }

    @Test
    void aTreeOfAnyDepthAggregatesLevelByLevel() {
        // X1 = 10, X2 = 30 → P1 = 20; X3 = 60 → P2 = 60; S = (20 + 60)/2 = 40; Y = 100;
        // Index = (1·40 + 3·100)/4 = 85 — dimensions of dimensions, and an indicator beside a sub-index
        IndexStructure s = IndexStructure.of(List.of(
                Node.aggregate("Index", null, 1),
                Node.aggregate("S", "Index", 1), Node.indicator("Y", "Index", HIGHER, 3),
                Node.aggregate("P1", "S", 1), Node.aggregate("P2", "S", 1),
                Node.indicator("X1", "P1", HIGHER, 1), Node.indicator("X2", "P1", HIGHER, 1),
                Node.indicator("X3", "P2", HIGHER, 1)));
        Dataset d = Dataset.builder().unit("A", Map.of()).value("A", "X1", 10).value("A", "X2", 30)
                .value("A", "X3", 60).value("A", "Y", 100).build();
        IndexResult r = CompositeIndex.compute(s, MethodSpec.builder().normalisation(IDENTITY).build(), d);
        assertEquals(20, r.score("A", "P1").orElseThrow(), EPS);
        assertEquals(40, r.score("A", "S").orElseThrow(), EPS);
        assertEquals(85, r.score("A", "Index").orElseThrow(), EPS);
        assertEquals(4, s.level("Index"));
        assertEquals(3, s.level("S"));
    }
}
