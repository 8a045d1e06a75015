package cn.tongcheng.method;

import static cn.tongcheng.method.Direction.HIGHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ranking of scores: rounding first or not, tie rules, which units are ranked. */
class RankingTest {
    private static final Normalisation IDENTITY = new Normalisation.Goalposts(0, 100, false, 100);

    /** Scores of X: A 50.004, B 50.001, C 40, D 60, E 40 (E in group "other"). */
    private static IndexResult rank(Ranking ranking) {
        Dataset d = Small.data("X", new Double[] {50.004, 50.001, 40.0, 60.0, 40.0}, "g", "g", "g", "g", "other");
        return CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().normalisation(IDENTITY).ranking(ranking).build(), d);
    }

    private static String ranks(IndexResult r) {
        StringBuilder s = new StringBuilder();
        for (String u : r.units()) {
            OptionalInt k = r.rank(u, "I");
            s.append(k.isPresent() ? String.valueOf(k.getAsInt()) : "-");
        }
        return s.toString();
    }

    @Test
    void unroundedScoresSeparateWhatRoundingTies() {
        // D 60 first, A 50.004 second, B 50.001 third, then C and E tied at 40 share 4
        assertEquals("23414", ranks(rank(Ranking.unrounded())));
    }

    @Test
    void roundingBeforeRankingAndEachTieRule() {
        // to 2 decimals A and B are both 50.00: min 2 2 4 1 4; max 3 3 5 1 5; dense 2 2 3 1 3
        assertEquals("22414", ranks(rank(Ranking.rounded(2))));
        assertEquals("33515", ranks(rank(new Ranking(OptionalInt.of(2), TieRule.MAX, new Ranking.Ranked.All()))));
        assertEquals("22313", ranks(rank(new Ranking(OptionalInt.of(2), TieRule.DENSE, new Ranking.Ranked.All()))));
        // to 3 decimals they differ again
        assertEquals("23414", ranks(rank(Ranking.rounded(3))));
    }

    @Test
    void onlyTheChosenUnitsAreRanked() {
        // group g only: D 1, A 2, B 3, C 4; E keeps its score but has no rank
        IndexResult r = rank(new Ranking(OptionalInt.empty(), TieRule.MIN, new Ranking.Ranked.InGroup("group", "g")));
        assertEquals("2341-", ranks(r));
        assertTrue(r.score("E", "I").isPresent());
        assertEquals("-2-1-", ranks(rank(new Ranking(OptionalInt.empty(), TieRule.MIN, new Ranking.Ranked.Listed(Set.of("B", "D"))))));
    }

    @Test
    void roundingIsHalfAwayFromZeroOnTheExactValueAndOnlyForRanking() {
        // 0.125 is exact in binary and rounds half up to 0.13, tying with B's 0.13; the score itself stays 0.125
        Dataset d = Dataset.builder().unit("A", Map.of()).unit("B", Map.of())
                .value("A", "X", 0.125).value("B", "X", 0.13).build();
        IndexResult r = CompositeIndex.compute(Small.oneIndicator(HIGHER),
                MethodSpec.builder().normalisation(IDENTITY).ranking(Ranking.rounded(2)).build(), d);
        assertEquals("11", ranks(r));
        assertEquals(0.125, r.score("A", "I").orElseThrow(), 0);
    }

    @Test
    void theQuickRoundingAgreesWithExactDecimalRounding() {
        // every double on a grid around halves and away from them, both signs: the same as BigDecimal HALF_UP
        Ranker ranker = new Ranker(Ranking.rounded(2), java.util.List.of());
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int k = 0; k < 100_000; k++) {
            double x = k % 2 == 0 ? random.nextDouble(-1000, 1000) : (random.nextInt(-100_000, 100_000) + 0.5) / 100;
            double exact = new java.math.BigDecimal(x).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue() + 0.0;
            assertEquals(exact, ranker.round(x), 0, "x = " + x);
        }
    }
}
