package cn.tongcheng.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import cn.tongcheng.engine.Criterion;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Value;
import cn.tongcheng.model.Text;

import org.junit.jupiter.api.Test;

/** The synthetic workload: drawn per year from the seed alone, for criteria with and without a target. */
class SyntheticWorkloadTest {
    private static final Indicator SHARE = new Indicator("x.share", "份额", "Share", "d", IndicatorType.NUMBER, "%", true,
            List.of(), 0, 100, "", "", "indicators.csv:2");

    private static Criterion criterion(Value target) {
        return new Criterion("C-X", "x.share", target, 1, "policy-choice", "", "", new Text("", ""), "targets.csv:2");
    }

    private static SyntheticWorkload workload(Value target, long seed) {
        Map<KindYear, List<Criterion>> criteria = new java.util.HashMap<>();
        for (String kind : List.of("county", "district"))
            for (int y = 2015; y <= 2016; y++) criteria.put(new KindYear(kind, y), List.of(criterion(target)));
        return SyntheticWorkload.of(30, 2, seed, 2016, Map.of(SHARE.id(), SHARE), criteria);
    }

    private static List<Double> values(SyntheticWorkload w, int year) {
        return w.facts(year).values().stream().flatMap(List::stream).sorted(java.util.Comparator.comparing(Fact::place))
                .map(f -> ((Value.Number) f.value()).amount()).toList();
    }

    @Test
    void aCriterionWithoutTargetStillGetsValuesWithinTheRange() {
        List<Double> v = values(workload(null, 7), 2016);
        assertTrue(v.size() > 20, v.toString());
        assertTrue(v.stream().allMatch(x -> x >= 0 && x <= 100), v.toString());
    }

    @Test
    void aYearIsDrawnFromTheSeedAndTheYearAlone() {
        SyntheticWorkload w = workload(new Value.Number(50), 7);
        assertEquals(values(w, 2016), values(workload(new Value.Number(50), 7), 2016));
        assertNotEquals(values(w, 2015), values(w, 2016));
        assertNotEquals(values(w, 2016), values(workload(new Value.Number(50), 8), 2016));
    }
}
