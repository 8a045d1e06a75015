package cn.tongcheng.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.engine.Status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scores, aggregation, tiers, ranking and recommendations over the small test rule base (values worked out by hand). */
class MiniAssessmentTest {
    static Assessment a2016;

    @BeforeAll
    static void assess() {
        a2016 = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 2);
    }

    static PlaceAssessment place(String id) {
        return a2016.places().stream().filter(p -> p.place().id().equals(id)).findFirst().orElseThrow();
    }

    static IndicatorScore score(PlaceAssessment p, String indicator) {
        return p.indicators().stream().filter(s -> s.getIndicator().equals(indicator)).findFirst().orElseThrow();
    }

    static Double dimension(PlaceAssessment p, String id) {
        return p.dimensions().stream().filter(d -> d.dimension().equals(id)).findFirst().orElseThrow().score();
    }

    @Test
    void countyScoresAggregateByWeights() {
        PlaceAssessment a = place("a");
        assertEquals(Status.MET, score(a, "transport.bus").getStatus());
        assertEquals(100.0 * 60 / 90, score(a, "transport.minutes").getScore(), 1e-12); // unrounded
        assertEquals(Status.PARTLY_MET, score(a, "industry.share").getStatus());
        assertEquals(50.0, score(a, "public.settlement").getScore());
        assertEquals((100 + 100.0 * 60 / 90) / 2, dimension(a, "transport"), 1e-12);
        assertEquals(75.0, dimension(a, "industry"));
        assertEquals(50.0, dimension(a, "public"));
        assertEquals(((100 + 100.0 * 60 / 90) / 2 + 75 + 2 * 50) / 4, a.index(), 1e-12); // no rounding between stages
        assertEquals("catching-up", a.tier());
        assertEquals(new Coverage(4, 4, 1.0), a.coverage());
    }

    @Test
    void criteriaApplyByKindSoTheCityHasItsOwnTargets() {
        PlaceAssessment c = place("c");
        assertTrue(c.indicators().stream().noneMatch(s -> s.getIndicator().equals("transport.bus")));
        assertEquals(62.5, dimension(c, "industry")); // (3 × 50 + 1 × 100) / 4
        assertNull(dimension(c, "public"));
        assertEquals(81.25, c.index(), 1e-12);
        assertEquals(0.5, c.coverage().weighted());
        assertNull(c.rank());
    }

    @Test
    void lowCoverageGivesInsufficientDataNotZero() {
        PlaceAssessment d = place("d");
        assertNull(dimension(d, "transport"));
        assertEquals(25.0, d.index());
        assertEquals(Status.NO_DATA, score(d, "transport.bus").getStatus());
    }

    @Test
    void ranksCountiesAndDistrictsButNotCityOrPeers() {
        assertEquals(1, place("b").rank());
        assertEquals(2, place("a").rank());
        assertEquals(3, place("d").rank());
        assertNull(place("p").rank());
        assertEquals(100.0, place("p").index(), 1e-12);
    }

    @Test
    void recommendationsAreOrderedByWeightTimesGapWithTheirSource() {
        List<Recommendation> recs = place("a").recommendations();
        assertEquals(List.of("R-SET", "R-SHARE"), recs.stream().map(Recommendation::rule).toList());
        assertEquals(25.0, recs.get(0).priority(), 1e-9); // weight in index 0.5 × 50 points missing
        assertEquals(6.25, recs.get(1).priority(), 1e-9); // 0.25 × 25
        assertEquals("A08", recs.get(1).source());
        assertTrue(recs.get(1).origin().endsWith("r.csv:3"), recs.get(1).origin());
        assertEquals(List.of("R-BUS"), place("b").recommendations().stream().map(Recommendation::rule).toList());
    }

    @Test
    void diagnosisFiresOnItsSymptoms() {
        assertEquals(List.of("D-SMALL"), place("d").diagnoses().stream().map(Diagnosis::rule).toList());
        assertEquals(List.of("industry.share"), place("d").diagnoses().get(0).evidence());
        assertTrue(place("a").diagnoses().isEmpty());
    }

    @Test
    void everyScoreNamesItsCriterionRowAndFact() {
        IndicatorScore s = score(place("a"), "industry.share");
        assertTrue(s.getCriterion().origin().endsWith("targets.csv:4"), s.getCriterion().origin());
        assertEquals("C-SHARE", s.getCriterion().id());
        assertTrue(s.getFact().origin().endsWith("facts.csv:7"), s.getFact().origin());
    }

    @Test
    void criteriaCanDependOnTheYear() {
        Assessment a2015 = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015), 1);
        PlaceAssessment a = a2015.places().stream().filter(p -> p.place().id().equals("a")).findFirst().orElseThrow();
        assertTrue(a.indicators().stream().noneMatch(s -> s.getIndicator().equals("public.settlement")));
        assertEquals(62.5, score(a, "industry.share").getScore());
    }
}
