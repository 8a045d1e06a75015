package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static cn.tongcheng.method.Direction.LOWER;
import static cn.tongcheng.method.Small.normalise;
import static cn.tongcheng.method.Small.normalised;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Each normalisation on X = A 2, B 4, C 6, D 10 (min 2, max 10, range 8, mean 5.5) unless a test says
 * otherwise; expected figures are worked by hand in the comments.
 */
class NormalisationTest {
    private static final double EPS = 1e-12;
    private static final double[] X = {2, 4, 6, 10};

    @Test
    void minMaxOntoZeroToHundredAndItsMirrorForLowerIsBetter() {
        // (x − 2)/8·100: 0, 25, 50, 100; lower is better: (10 − x)/8·100: 100, 75, 50, 0
        assertArrayEquals(new double[] {0, 25, 50, 100}, normalised(normalise(new Normalisation.MinMax(0, 100), HIGHER, X)), EPS);
        assertArrayEquals(new double[] {100, 75, 50, 0}, normalised(normalise(new Normalisation.MinMax(0, 100), LOWER, X)), EPS);
    }

    @Test
    void minMaxOntoAnyInterval() {
        // [1, 10]: 1 + (x − 2)/8·9: 1, 3.25, 5.5, 10
        assertArrayEquals(new double[] {1, 3.25, 5.5, 10}, normalised(normalise(new Normalisation.MinMax(1, 10), HIGHER, X)), EPS);
    }

    @Test
    void ratioToTargetCappedOrNot() {
        Targets t = Targets.builder().indicator("X", 8).build();
        // x/8·100: 25, 50, 75, 125 (capped: 100)
        assertArrayEquals(new double[] {25, 50, 75, 100}, normalised(normalise(new Normalisation.RatioToTarget(true, 100), HIGHER, t, X)), EPS);
        assertArrayEquals(new double[] {25, 50, 75, 125}, normalised(normalise(new Normalisation.RatioToTarget(false, 100), HIGHER, t, X)), EPS);
    }

    @Test
    void ratioToTargetWhenLowerIsBetterIsTargetOverValue() {
        Targets t = Targets.builder().indicator("X", 5).build();
        // 5/x·100: 250 → 100 (capped), 125 → 100, 83.33…, 50
        assertArrayEquals(new double[] {100, 100, 500.0 / 6, 50},
                normalised(normalise(new Normalisation.RatioToTarget(true, 100), LOWER, t, X)), EPS);
    }

    @Test
    void aUnitsOwnTargetOverridesTheIndicatorsTarget() {
        Targets t = Targets.builder().indicator("X", 8).unit("D", "X", 20).build();
        // D: 10/20·100 = 50; the others against 8
        assertArrayEquals(new double[] {25, 50, 75, 50}, normalised(normalise(new Normalisation.RatioToTarget(true, 100), HIGHER, t, X)), EPS);
    }

    @Test
    void distanceToTargetFromTheMinimum() {
        Targets t = Targets.builder().indicator("X", 8).build();
        // (x − 2)/(8 − 2)·100: 0, 33.33…, 66.66…, 133.33… (capped 100)
        assertArrayEquals(new double[] {0, 200.0 / 6, 400.0 / 6, 100},
                normalised(normalise(new Normalisation.DistanceToTarget(true, 100), HIGHER, t, X)), EPS);
        assertArrayEquals(new double[] {0, 200.0 / 6, 400.0 / 6, 800.0 / 6},
                normalised(normalise(new Normalisation.DistanceToTarget(false, 100), HIGHER, t, X)), EPS);
    }

    @Test
    void distanceToTargetWhenLowerIsBetterRunsFromTheMaximum() {
        Targets t = Targets.builder().indicator("X", 3).build();
        // (10 − x)/(10 − 3)·100: 114.3 → 100 (capped), 600/7, 400/7, 0
        assertArrayEquals(new double[] {100, 600.0 / 7, 400.0 / 7, 0},
                normalised(normalise(new Normalisation.DistanceToTarget(true, 100), LOWER, t, X)), EPS);
    }

    @Test
    void fractionOfTheMaximum() {
        // x/10·100: 20, 40, 60, 100; lower is better: 2/x·100: 100, 50, 33.33…, 20
        assertArrayEquals(new double[] {20, 40, 60, 100}, normalised(normalise(new Normalisation.FractionOfMax(100), HIGHER, X)), EPS);
        assertArrayEquals(new double[] {100, 50, 100.0 / 3, 20}, normalised(normalise(new Normalisation.FractionOfMax(100), LOWER, X)), EPS);
    }

    @Test
    void bestOfTheOtherUnitsAsTheFrontier() {
        // A, B, C against D's 10: 20, 40, 60; D against the runner-up C's 6: 166.66… (capped 100)
        assertArrayEquals(new double[] {20, 40, 60, 1000.0 / 6},
                normalised(normalise(new Normalisation.BestOfOthers(false, 100), HIGHER, X)), EPS);
        assertArrayEquals(new double[] {20, 40, 60, 100}, normalised(normalise(new Normalisation.BestOfOthers(true, 100), HIGHER, X)), EPS);
        // lower is better: A against B's 4: 4/2 = 200; the others against A's 2: 50, 33.33…, 20
        assertArrayEquals(new double[] {200, 50, 100.0 / 3, 20},
                normalised(normalise(new Normalisation.BestOfOthers(false, 100), LOWER, X)), EPS);
    }

    @Test
    void twoLeadersTiedAreEachOthersFrontier() {
        // A 2, B 10, C 10: A against 10 → 20; B's best other is C's 10 → 100, and C's is B's
        assertArrayEquals(new double[] {20, 100, 100},
                normalised(normalise(new Normalisation.BestOfOthers(false, 100), HIGHER, 2, 10, 10)), EPS);
        // one unit alone has no other to be measured against
        assertEquals(NoScoreReason.TOO_FEW_UNITS, normalise(new Normalisation.BestOfOthers(false, 100), HIGHER, 5)
                .result("A", "X").noScoreReason().orElseThrow());
    }

    @Test
    void aComparisonNeedsTheMinimumOfUnitsWithAValue() {
        // Jiaxing's comparison.min_places 3: A 2 and B 10 alone are not compared (each would be the other's frontier)
        MethodSpec three = MethodSpec.builder().normalisation(new Normalisation.BestOfOthers(true, 100)).minimumCompared(3).build();
        IndexResult two = CompositeIndex.compute(Small.oneIndicator(HIGHER), three, Small.data("X", new Double[] {2.0, 10.0, null}));
        assertEquals(NoScoreReason.BELOW_MIN_COMPARED, two.result("A", "X").noScoreReason().orElseThrow());
        assertEquals(NoScoreReason.BELOW_MIN_COMPARED, two.result("B", "X").noScoreReason().orElseThrow());
        // C reports 5: A against B's 10 → 20, B against C's 5 → 200 capped 100, C against B's 10 → 50
        IndexResult all = CompositeIndex.compute(Small.oneIndicator(HIGHER), three, Small.data(2, 10, 5));
        assertArrayEquals(new double[] {20, 100, 50}, normalised(all), EPS);
        // a target compares nobody: the minimum does not apply to ratio to target
        MethodSpec ratio = MethodSpec.builder().normalisation(new Normalisation.RatioToTarget(true, 100)).minimumCompared(3)
                .targets(Targets.builder().unit("A", "X", 4).build()).build();
        assertEquals(50, CompositeIndex.compute(Small.oneIndicator(HIGHER), ratio, Small.data(2)).score("A", "X").orElseThrow(), EPS);
    }

    @Test
    void aUnitOutsideTheComparisonSetIsRankedAmongIt() {
        Dataset d = Small.data(2, 4, 6, 10);
        IndexResult r = CompositeIndex.compute(Small.oneIndicator(HIGHER), MethodSpec.builder()
                .normalisation(new Normalisation.PercentileRank(TieRule.MIN, 100))
                .comparison(new ComparisonSet.Listed(Set.of("A", "B", "C"))).build(), d);
        // D (10) joins 2, 4, 6 as the fourth of n = 4: (4 − 1)/3 = 100; B is second of the three: (2 − 1)/2 = 50
        assertEquals(100, r.score("D", "X").orElseThrow(), EPS);
        assertEquals(50, r.score("B", "X").orElseThrow(), EPS);
    }

    @Test
    void distanceToAReferenceUnit() {
        // reference C = 6: (x − 2)/(6 − 2)·100: 0, 50, 100, 200 (capped 100)
        assertArrayEquals(new double[] {0, 50, 100, 200},
                normalised(normalise(new Normalisation.DistanceToReference("C", false, 100), HIGHER, X)), EPS);
        assertArrayEquals(new double[] {0, 50, 100, 100},
                normalised(normalise(new Normalisation.DistanceToReference("C", true, 100), HIGHER, X)), EPS);
        // lower is better, reference B = 4: (10 − x)/(10 − 4)·100: 133.33…, 100, 66.66…, 0
        assertArrayEquals(new double[] {800.0 / 6, 100, 400.0 / 6, 0},
                normalised(normalise(new Normalisation.DistanceToReference("B", false, 100), LOWER, X)), EPS);
    }

    @Test
    void goalpostsTruncatedOrNot() {
        // posts 0 and 8: x/8·100: 25, 50, 75, 125 (truncated 100); lower: (8 − x)/8·100: 75, 50, 25, −25 (truncated 0)
        assertArrayEquals(new double[] {25, 50, 75, 100}, normalised(normalise(new Normalisation.Goalposts(0, 8, true, 100), HIGHER, X)), EPS);
        assertArrayEquals(new double[] {25, 50, 75, 125}, normalised(normalise(new Normalisation.Goalposts(0, 8, false, 100), HIGHER, X)), EPS);
        assertArrayEquals(new double[] {75, 50, 25, 0}, normalised(normalise(new Normalisation.Goalposts(0, 8, true, 100), LOWER, X)), EPS);
        assertArrayEquals(new double[] {75, 50, 25, -25}, normalised(normalise(new Normalisation.Goalposts(0, 8, false, 100), LOWER, X)), EPS);
    }

    @Test
    void zScoreWithTheSampleStandardDeviation() {
        // mean 5.5; deviations −3.5, −1.5, 0.5, 4.5; squares sum 12.25 + 2.25 + 0.25 + 20.25 = 35; sd = √(35/3)
        double sd = Math.sqrt(35.0 / 3);
        assertArrayEquals(new double[] {-3.5 / sd, -1.5 / sd, 0.5 / sd, 4.5 / sd},
                normalised(normalise(new Normalisation.ZScore(0, 1), HIGHER, X)), EPS);
        // mean 100, sd 10, lower is better: 100 − 10·z
        assertArrayEquals(new double[] {100 + 35 / sd, 100 + 15 / sd, 100 - 5 / sd, 100 - 45 / sd},
                normalised(normalise(new Normalisation.ZScore(100, 10), LOWER, X)), EPS);
    }

    @Test
    void rankWithEachTieRule() {
        // 2, 4, 4, 10 ascending: min 1 2 2 4; max 1 3 3 4; dense 1 2 2 3
        double[] tied = {2, 4, 4, 10};
        assertArrayEquals(new double[] {1, 2, 2, 4}, normalised(normalise(new Normalisation.Rank(TieRule.MIN), HIGHER, tied)), EPS);
        assertArrayEquals(new double[] {1, 3, 3, 4}, normalised(normalise(new Normalisation.Rank(TieRule.MAX), HIGHER, tied)), EPS);
        assertArrayEquals(new double[] {1, 2, 2, 3}, normalised(normalise(new Normalisation.Rank(TieRule.DENSE), HIGHER, tied)), EPS);
        // lower is better: 10 is worst (1), 2 best (4)
        assertArrayEquals(new double[] {4, 2, 2, 1}, normalised(normalise(new Normalisation.Rank(TieRule.MIN), LOWER, tied)), EPS);
    }

    @Test
    void percentileRank() {
        // (r − 1)/(n − 1)·100 with r = 1, 2, 3, 4: 0, 33.33…, 66.66…, 100
        assertArrayEquals(new double[] {0, 100.0 / 3, 200.0 / 3, 100},
                normalised(normalise(new Normalisation.PercentileRank(TieRule.MIN, 100), HIGHER, X)), EPS);
    }

    @Test
    void aZeroRangeGivesNoScoreAndSaysWhy() {
        IndexResult equal = normalise(new Normalisation.MinMax(0, 100), HIGHER, 5, 5, 5);
        assertEquals(List.of(NoScoreReason.ZERO_RANGE), List.of(equal.result("A", "X").noScoreReason().orElseThrow()));
        IndexResult one = CompositeIndex.compute(Small.oneIndicator(HIGHER), MethodSpec.builder().build(),
                Small.data("X", new Double[] {3.0, null, null}));
        assertEquals(NoScoreReason.ZERO_RANGE, one.result("A", "X").noScoreReason().orElseThrow());
        assertEquals(NoScoreReason.MISSING_VALUE, one.result("B", "X").noScoreReason().orElseThrow());
        // the index of a unit without any score has none either
        assertEquals(NoScoreReason.NO_CHILD_SCORE, one.result("A", "I").noScoreReason().orElseThrow());
        Targets atMin = Targets.builder().indicator("X", 2).build();
        assertEquals(NoScoreReason.ZERO_RANGE, normalise(new Normalisation.DistanceToTarget(true, 100), HIGHER, atMin, X)
                .result("B", "X").noScoreReason().orElseThrow());
        assertEquals(NoScoreReason.ZERO_RANGE, normalise(new Normalisation.ZScore(0, 1), HIGHER, 5, 5)
                .result("A", "X").noScoreReason().orElseThrow());
        assertEquals(NoScoreReason.TOO_FEW_UNITS, normalise(new Normalisation.PercentileRank(TieRule.MIN, 100), HIGHER, 5)
                .result("A", "X").noScoreReason().orElseThrow());
    }

    @Test
    void missingTargetsAndReferencesAreReasonsToo() {
        assertEquals(NoScoreReason.NO_TARGET, normalise(new Normalisation.RatioToTarget(true, 100), HIGHER, X)
                .result("A", "X").noScoreReason().orElseThrow());
        Targets zero = Targets.builder().indicator("X", 0).build();
        assertEquals(NoScoreReason.NON_POSITIVE_REFERENCE, normalise(new Normalisation.RatioToTarget(true, 100), HIGHER, zero, X)
                .result("A", "X").noScoreReason().orElseThrow());
        IndexResult noRef = CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().normalisation(new Normalisation.DistanceToReference("B", true, 100)).build(),
                Small.data("X", new Double[] {2.0, null, 6.0}));
        assertEquals(NoScoreReason.REFERENCE_UNIT_MISSING, noRef.result("A", "X").noScoreReason().orElseThrow());
        DefinitionException unknown = assertThrows(DefinitionException.class, () -> normalise(
                new Normalisation.DistanceToReference("Kunshan", true, 100), HIGHER, X));
        assertEquals(DefinitionProblem.Kind.UNKNOWN_UNIT, unknown.problems().get(0).kind());
    }

    @Test
    void comparisonSetByGroupOrByList() {
        Dataset d = Small.data("X", new Double[] {2.0, 4.0, 6.0, 10.0}, "county", "county", "district", "district");
        // each against its own group: counties 2, 4 → 0, 100; districts 6, 10 → 0, 100
        IndexResult byGroup = CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().comparison(new ComparisonSet.SameGroup("group")).build(), d);
        assertArrayEquals(new double[] {0, 100, 0, 100}, normalised(byGroup), EPS);
        // against B and C only (min 4, max 6): (x − 4)/2·100: −100, 0, 100, 300
        IndexResult listed = CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().comparison("X", new ComparisonSet.Listed(Set.of("B", "C"))).build(), d);
        assertArrayEquals(new double[] {-100, 0, 100, 300}, normalised(listed), EPS);
    }

    @Test
    void aPerIndicatorNormalisationOverridesTheDefault() {
        IndexStructure two = IndexStructure.of(List.of(Node.aggregate("I", null, 1),
                Node.indicator("X", "I", HIGHER, 1), Node.indicator("Y", "I", HIGHER, 1)));
        Dataset d = Dataset.builder().unit("A", java.util.Map.of()).unit("B", java.util.Map.of())
                .value("A", "X", 1).value("B", "X", 3).value("A", "Y", 1).value("B", "Y", 3).build();
        IndexResult r = CompositeIndex.compute(two, MethodSpec.builder()
                .normalisation("Y", new Normalisation.FractionOfMax(100)).build(), d);
        // X by the default min-max: 0, 100; Y by fraction of max: 33.33…, 100
        assertEquals(0, r.score("A", "X").orElseThrow(), EPS);
        assertEquals(100.0 / 3, r.score("A", "Y").orElseThrow(), EPS);
        assertEquals(new Normalisation.FractionOfMax(100), r.method("Y").normalisation());
    }

    @Test
    void theBasisNamesTheMethodAndItsReferencePoints() {
        IndexResult r = normalise(new Normalisation.MinMax(0, 100), LOWER, X);
        Basis.Normalised b = (Basis.Normalised) Small.basis(r, "B", "X", Stage.NORMALISED);
        assertEquals(4, b.compared());
        // in the indicator's own unit: the worst is the highest value when lower is better
        assertEquals(List.of(new Basis.Anchor(Basis.Anchor.Kind.WORST, 10),
                new Basis.Anchor(Basis.Anchor.Kind.BEST, 2)), b.anchors());
    }
}
