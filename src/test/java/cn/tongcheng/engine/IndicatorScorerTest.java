package cn.tongcheng.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Value;
import cn.tongcheng.rules.Method;

import org.junit.jupiter.api.Test;

class IndicatorScorerTest {
    private final IndicatorScorer scorer = new IndicatorScorer(new Method(1.0, 0.6, 0.2, 1.0, 0.5));

    private static Indicator indicator(IndicatorType type, boolean higher, String... levels) {
        return new Indicator("x", "x", "x", "d", type, "", higher, List.of(levels), 0, Double.NaN, "", "", "t:1");
    }

    private IndicatorScore score(Indicator ind, Value value, Value target) {
        Criterion c = new Criterion("C", "x", target, 1, "policy-choice", "", "", new cn.tongcheng.model.Text("r", "r"), "t:2");
        Fact f = value == null ? null : new Fact("p", 2016, "x", value, "", "A05", "q", "", "f:1");
        return scorer.score(ind, c, f, 0.5, f == null ? null : 42.0);
    }

    @Test
    void higherIsBetterMeasuresValueOverTarget() {
        Indicator ind = indicator(IndicatorType.NUMBER, true);
        IndicatorScore partly = score(ind, new Value.Number(30), new Value.Number(40));
        assertEquals(0.75, partly.getAchievement());
        assertEquals(42.0, partly.getScore(), "the score is the method's, as given");
        assertEquals(Status.PARTLY_MET, partly.getStatus());
        assertEquals(10.0, partly.getShortfall());
        IndicatorScore over = score(ind, new Value.Number(50), new Value.Number(40));
        assertEquals(1.25, over.getAchievement());
        assertEquals(Status.MET, over.getStatus());
        assertEquals(0.0, over.getShortfall());
        assertEquals(Status.NOT_MET, score(ind, new Value.Number(20), new Value.Number(40)).getStatus());
    }

    @Test
    void lowerIsBetterMeasuresTargetOverValue() {
        Indicator ind = indicator(IndicatorType.NUMBER, false);
        IndicatorScore s = score(ind, new Value.Number(90), new Value.Number(60));
        assertEquals(0.6667, s.getAchievement());
        assertEquals(30.0, s.getShortfall());
        assertEquals(Status.PARTLY_MET, s.getStatus());
        assertEquals(Status.MET, score(ind, new Value.Number(45), new Value.Number(60)).getStatus());
    }

    @Test
    void yesNoAndLevels() {
        Indicator yn = indicator(IndicatorType.YESNO, true);
        assertEquals(1.0, score(yn, new Value.YesNo(true), new Value.YesNo(true)).getAchievement());
        assertEquals(Status.NOT_MET, score(yn, new Value.YesNo(false), new Value.YesNo(true)).getStatus());
        Indicator lv = indicator(IndicatorType.LEVEL, true, "无", "试点", "全面");
        IndicatorScore pilot = score(lv, new Value.Level("试点"), new Value.Level("全面"));
        assertEquals(0.5, pilot.getAchievement());
        assertEquals(Status.NOT_MET, pilot.getStatus());
        assertNull(pilot.getShortfall());
    }

    @Test
    void withoutATargetTheStatusFollowsTheScore() {
        Indicator ind = indicator(IndicatorType.NUMBER, true);
        Criterion none = new Criterion("C", "x", null, 1, "policy-choice", "", "", new cn.tongcheng.model.Text("r", "r"), "t:2");
        Fact f = new Fact("p", 2016, "x", new Value.Number(3), "", "A05", "q", "", "f:1");
        IndicatorScore s = scorer.score(ind, none, f, 0.5, 70.0); // min-max, say: 70 ≥ 60 of 100
        assertNull(s.getAchievement());
        assertEquals(Status.PARTLY_MET, s.getStatus());
        assertEquals(Status.MET, scorer.score(ind, none, f, 0.5, 100.0).getStatus());
        // a reported figure the method gives no score (too few places to compare) is not scored, not "no data"
        IndicatorScore unscored = scorer.score(ind, none, f, 0.5, null);
        assertEquals(Status.NOT_SCORED, unscored.getStatus());
        assertFalse(unscored.isNoData() || unscored.isGap(), "neither missing data nor a gap: no recommendation fires on it");
    }

    @Test
    void missingFactIsNoDataNotZero() {
        IndicatorScore s = score(indicator(IndicatorType.NUMBER, true), null, new Value.Number(40));
        assertEquals(Status.NO_DATA, s.getStatus());
        assertNull(s.getScore());
        assertNull(s.priority());
    }
}
