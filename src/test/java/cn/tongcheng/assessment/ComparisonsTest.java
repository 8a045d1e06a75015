package cn.tongcheng.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.engine.ProgressListener;

import org.junit.jupiter.api.Test;

/** Year-on-year changes, trends, profiles and ranking with peers over the small test rule base. */
class ComparisonsTest {
    private static PlaceAssessment place(Assessment a, String id, int year) {
        return a.places().stream().filter(p -> p.place().id().equals(id) && p.year() == year).findFirst().orElseThrow();
    }

    @Test
    void scoresChangeSincePreviousAssessedYearWithTrendArrows() {
        Assessment a = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 1);
        assertNull(place(a, "a", 2015).yearOnYear());
        YearOnYear yoy = place(a, "a", 2016).yearOnYear();
        assertEquals(2015, yoy.since());
        assertEquals(new Change(12.5, Trend.UP), yoy.indicators().get("industry.share")); // 62.5 → 75
        assertEquals(new Change(12.5, Trend.UP), yoy.dimensions().get("industry"));
        assertEquals(1, yoy.indicators().size()); // the other indicators had no data in 2015
    }

    @Test
    void changesWithinTheSteadyBandAreSteady() {
        assertEquals(Trend.STEADY, Trend.of(0.9, 1));
        assertEquals(Trend.STEADY, Trend.of(-0.9, 1));
        assertEquals(Trend.UP, Trend.of(1, 1));
        assertEquals(Trend.DOWN, Trend.of(-1, 1));
    }

    @Test
    void profileSetsEachIndicatorAgainstTheOtherPlaces() {
        Assessment a = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 1);
        Profile b = place(a, "b", 2016).profile();
        // industry.share: b 100; others c 50, a 75, d 25, p 100 → mean 62.5
        Standing share = b.strongest().stream().filter(s -> s.indicator().equals("industry.share")).findFirst().orElseThrow();
        assertEquals(new Standing("industry.share", 100.0, 62.5, 37.5, 4), share);
        Profile d = place(a, "d", 2016).profile();
        assertEquals(List.of("industry.share"), d.weakest().stream().map(Standing::indicator).toList());
        assertEquals(List.of(), d.strongest());
    }

    @Test
    void peersAreRankedOnlyWhenAskedFor() {
        Assessor.Request req = new Assessor.Request(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), List.of(),
                1, (Charset) null, true);
        Assessment a = Assessor.assess(req, Assessor.load(req), ProgressListener.NONE);
        assertEquals(1, place(a, "p", 2016).rank());
        assertEquals(2, place(a, "b", 2016).rank());
        assertNull(place(a, "c", 2016).rank());
    }
}
