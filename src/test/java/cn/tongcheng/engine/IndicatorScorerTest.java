package cn.tongcheng.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return scorer.score(ind, c, f, 0.5);
    }

    @Test
    void higherIsBetterScoresValueOverTargetCappedAt100() {
        Indicator ind = indicator(IndicatorType.NUMBER, true);
        IndicatorScore partly = score(ind, new Value.Number(30), new Value.Number(40));
        assertEquals(75.0, partly.getScore());
        assertEquals(Status.PARTLY_MET, partly.getStatus());
        assertEquals(10.0, partly.getShortfall());
        IndicatorScore over = score(ind, new Value.Number(50), new Value.Number(40));
        assertEquals(100.0, over.getScore());
        assertEquals(Status.MET, over.getStatus());
        assertEquals(0.0, over.getShortfall());
        assertEquals(Status.NOT_MET, score(ind, new Value.Number(20), new Value.Number(40)).getStatus());
    }

    @Test
    void lowerIsBetterScoresTargetOverValue() {
        Indicator ind = indicator(IndicatorType.NUMBER, false);
        IndicatorScore s = score(ind, new Value.Number(90), new Value.Number(60));
        assertEquals(66.7, s.getScore());
        assertEquals(30.0, s.getShortfall());
        assertEquals(Status.PARTLY_MET, s.getStatus());
        assertEquals(Status.MET, score(ind, new Value.Number(45), new Value.Number(60)).getStatus());
    }

    @Test
    void yesNoAndLevels() {
        Indicator yn = indicator(IndicatorType.YESNO, true);
        assertEquals(100.0, score(yn, new Value.YesNo(true), new Value.YesNo(true)).getScore());
        assertEquals(Status.NOT_MET, score(yn, new Value.YesNo(false), new Value.YesNo(true)).getStatus());
        Indicator lv = indicator(IndicatorType.LEVEL, true, "无", "试点", "全面");
        IndicatorScore pilot = score(lv, new Value.Level("试点"), new Value.Level("全面"));
        assertEquals(50.0, pilot.getScore());
        assertEquals(Status.NOT_MET, pilot.getStatus());
        assertNull(pilot.getShortfall());
    }

    @Test
    void missingFactIsNoDataNotZero() {
        IndicatorScore s = score(indicator(IndicatorType.NUMBER, true), null, new Value.Number(40));
        assertEquals(Status.NO_DATA, s.getStatus());
        assertNull(s.getScore());
        assertNull(s.priority());
    }
}
