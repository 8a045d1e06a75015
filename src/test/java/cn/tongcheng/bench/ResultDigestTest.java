package cn.tongcheng.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's comparison: equal assessments give equal digests, and any compared difference changes it. */
class ResultDigestTest {
    private static List<PlaceAssessment> places;

    @BeforeAll
    static void assess() {
        places = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 1).places();
    }

    private static byte[] digest(List<PlaceAssessment> p) {
        ResultDigest d = new ResultDigest();
        d.add(p);
        return d.finish();
    }

    @Test
    void theSameAssessmentsGiveTheSameDigest() {
        List<PlaceAssessment> again = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 2).places();
        assertTrue(ResultDigest.same(digest(places), digest(again)));
    }

    @Test
    void anIndexOneUlpApartChangesTheDigest() {
        PlaceAssessment p = places.stream().filter(x -> x.index() != null).findFirst().orElseThrow();
        List<PlaceAssessment> changed = new ArrayList<>(places);
        changed.set(places.indexOf(p), new PlaceAssessment(p.place(), p.year(), Math.nextUp(p.index()), p.tier(), p.rank(),
                p.coverage(), p.dimensions(), p.indicators(), p.recommendations(), p.diagnoses(), p.yearOnYear(), p.profile()));
        assertFalse(ResultDigest.same(digest(places), digest(changed)));
    }

    @Test
    void aDimensionWithoutScoreDiffersFromOneScoringZero() {
        PlaceAssessment p = places.get(0);
        DimensionScore d = p.dimensions().get(0);
        List<DimensionScore> none = new ArrayList<>(p.dimensions()), zero = new ArrayList<>(p.dimensions());
        none.set(0, new DimensionScore(d.dimension(), null, d.coverage(), d.indicators(), d.withData()));
        zero.set(0, new DimensionScore(d.dimension(), 0.0, d.coverage(), d.indicators(), d.withData()));
        assertFalse(ResultDigest.same(digest(List.of(with(p, none))), digest(List.of(with(p, zero)))));
    }

    @Test
    void theOrderOfThePlaceYearsCounts() {
        List<PlaceAssessment> reversed = new ArrayList<>(places);
        java.util.Collections.reverse(reversed);
        assertFalse(ResultDigest.same(digest(places), digest(reversed)));
    }

    private static PlaceAssessment with(PlaceAssessment p, List<DimensionScore> dims) {
        return new PlaceAssessment(p.place(), p.year(), p.index(), p.tier(), p.rank(), p.coverage(), dims, p.indicators(),
                p.recommendations(), p.diagnoses(), p.yearOnYear(), p.profile());
    }
}
