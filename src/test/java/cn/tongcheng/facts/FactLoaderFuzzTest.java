package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the fact loaders: any bytes, read as CSV, JSON, YAML, XLSX or a places file and validated, give
 * records or located problems, never an exception. The first byte picks the format. In a normal test run
 * only the seeds under {@code FactLoaderFuzzTestInputs/} run; {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class FactLoaderFuzzTest {
    private static final String[] NAMES = {"f.csv", "f.json", "f.yaml", "f.xlsx", "places.yaml"};
    private static final Map<String, Place> PLACES = Map.of(
            "a", new Place("a", "乙县", "A", "county", "c", false, Map.of()),
            "c", new Place("c", "甲市", "C", "city", "", false, Map.of()));
    private static final Map<String, Indicator> INDICATORS = Map.of(
            "industry.share", indicator("industry.share", IndicatorType.NUMBER, "%", List.of(), 0, 100),
            "transport.minutes", indicator("transport.minutes", IndicatorType.NUMBER, "分钟", List.of(), 0, Double.NaN),
            "industry.investment", indicator("industry.investment", IndicatorType.NUMBER, "亿元", List.of(), 0, Double.NaN),
            "transport.bus", indicator("transport.bus", IndicatorType.YESNO, "是/否", List.of(), Double.NaN, Double.NaN),
            "public.settlement", indicator("public.settlement", IndicatorType.LEVEL, "", List.of("无", "试点", "全面"),
                    Double.NaN, Double.NaN));

    private static Indicator indicator(String id, IndicatorType type, String unit, List<String> levels, double min, double max) {
        return new Indicator(id, id, id, "d", type, unit, true, levels, min, max, "", "", "rules/i.drl.csv:1");
    }

    @FuzzTest(maxDuration = "10m")
    void factFiles(byte[] data) {
        if (data == null || data.length == 0) return;
        String name = NAMES[(data[0] & 0xFF) % NAMES.length];
        byte[] content = Arrays.copyOfRange(data, 1, data.length);
        ProblemList problems = new ProblemList();
        List<RawRecord> records = new RecordReader(null, problems).read(content, name, name);
        List<Fact> facts = name.startsWith("places")
                ? List.of()
                : new FactValidator(PLACES, INDICATORS, SourcePrecedence.NONE, problems, new ArrayList<>()).validate(records);
        if (name.startsWith("places")) new PlaceReader(problems).places(records);
        for (Problem p : problems.sorted()) {
            assertEquals(name, p.file(), p.toString());
            assertTrue(p.line() >= 0, p.toString());
            assertFalse(p.message().isBlank() || p.message().startsWith("problem."), "a message for " + p);
        }
        for (Fact f : facts) {
            assertTrue(PLACES.containsKey(f.place()) && INDICATORS.containsKey(f.indicator()), f.toString());
            if (f.value() instanceof Value.Number n) assertTrue(Double.isFinite(n.amount()), f.toString());
        }
    }
}
