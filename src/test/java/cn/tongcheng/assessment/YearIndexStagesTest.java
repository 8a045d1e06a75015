package cn.tongcheng.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.method.IndexResult;
import cn.tongcheng.method.Stage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A year's stages are computed again when asked for: every place's, or one place's for its explanation; the same each time. */
class YearIndexStagesTest {
    private static Assessment a;

    @BeforeAll
    static void assess() {
        a = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 2);
    }

    @Test
    void onePlacesStagesAreThoseOfTheWholeYear() {
        IndexResult all = a.result(2016).orElseThrow();
        a.result(2015); // the year kept with every stage is now another one, so 2016 is computed again for "a"
        IndexResult one = a.result(2016, "a").orElseThrow();
        assertEquals(all.result("a", "industry.share"), one.result("a", "industry.share"));
        assertEquals(Stage.RAW, one.result("a", "industry.share").stages().get(0).stage());
        assertThrows(IllegalStateException.class, () -> one.result("b", "industry.share"));
        for (String unit : all.units()) assertEquals(all.score(unit, YearIndex.ROOT), one.score(unit, YearIndex.ROOT), unit);
    }

    @Test
    void theAggregatesKeptAreThoseComputedAgain() {
        IndexResult again = a.result(2015).orElseThrow();
        for (PlaceAssessment p : a.ofYear(2015)) {
            Double index = again.score(p.place().id(), YearIndex.ROOT).isPresent()
                    ? again.score(p.place().id(), YearIndex.ROOT).getAsDouble() : null;
            assertEquals(p.index(), index, p.place().id());
            // a year whose field is below ranking.min_places keeps no rank, whatever the method computes
            boolean ranked = a.rankingOf(2015).map(RankingField::ranked).orElse(true);
            assertEquals(p.rank(), ranked && again.rank(p.place().id(), YearIndex.ROOT).isPresent()
                    ? again.rank(p.place().id(), YearIndex.ROOT).getAsInt() : null, p.place().id());
        }
    }
}
