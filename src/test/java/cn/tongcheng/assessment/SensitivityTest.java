package cn.tongcheng.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Uncertainty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sensitivity over methods on the small fixture: places b (75), a (64.6) and d (25) are ranked; b and a differ
 * mostly by public services (b 100, a 50) against transport (b 0, a 83.4), so that weights can swap them, while d
 * stays last under any weights.
 */
class SensitivityTest {
    static final Assessment MINI = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 1);

    private static String[] sensitivity(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sensitivity", "--rules", Fixtures.miniRules().toString(),
                "--facts", Fixtures.miniFacts().toString(), "--year", "2016", "--lang", "en"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void reproducibleWithASeedAndIntervalsContainTheNominalRank() {
        Sensitivity.Result a = new Sensitivity(MINI).analyse(2016, 300, 42);
        assertEquals(a, new Sensitivity(MINI).analyse(2016, 300, 42));
        assertEquals(List.of("b", "a", "d"), a.places().stream().map(Sensitivity.RankSpread::place).toList());
        for (Sensitivity.RankSpread s : a.places()) {
            assertTrue(s.p5() <= s.nominal() && s.nominal() <= s.p95(), s.toString());
        }
        // the mini method table has no sensitivity.* rows: the weights alone vary, by its sensitivity.spread
        assertEquals(0.5, a.spread());
        assertEquals(List.of(Uncertainty.Choice.WEIGHTS), a.influences().stream().map(MethodSensitivity.Influence::choice).toList());
        assertEquals(MethodSensitivity.Design.UNCERTAINTY, a.design(), "one input: COINr refuses a sensitivity analysis of it");
    }

    @Test
    void weightsSwapTheTwoLeadersButNeverTheLast() {
        Sensitivity.Result r = new Sensitivity(MINI).analyse(2016, 300, 1);
        assertTrue(r.overlaps().contains(new Sensitivity.Overlap("b", "a")), r.overlaps().toString());
        assertFalse(r.overlaps().contains(new Sensitivity.Overlap("a", "d")), "d (25) stays last");
        Sensitivity.RankSpread d = r.places().get(2);
        assertTrue(d.fixed(), d.toString());
        assertEquals(3, d.p5());
        assertEquals(3, d.p95());
        assertTrue(r.influences().get(0).meanRankShiftAlone() > 0);
    }

    @Test
    void assessPutsTheSensitivityChartInTheHtmlAndTheResultInTheJson(@TempDir Path dir) throws Exception {
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--format", "html,json", "--sensitivity", "200",
                "--lang", "en", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("assessment-2016.en.html"));
        assertTrue(html.contains("data-chart=\"sensitivity\""), "chart present");
        assertEquals(3, html.split("class=\"spread\"").length - 1, "one row per ranked place");
        assertTrue(html.contains("County B and County A: their rank intervals overlap"));
        assertTrue(html.contains("Uncertainty analysis as COINr&#39;s get_sensitivity") || html.contains("Uncertainty analysis as COINr"), html);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("assessment-2016.json").toFile());
        assertEquals("tongcheng-assessment/3", json.get("format").asText());
        assertEquals(200, json.get("sensitivity").get(0).get("samples").asInt());
        assertEquals(3, json.get("sensitivity").get(0).get("places").size());
        assertTrue(json.get("sensitivity").get(0).get("analysed").asBoolean());
    }

    @Test
    void aReportOfOnePlaceKeepsTheSensitivityOfTheWholeRanking(@TempDir Path dir) throws Exception {
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--place", "a", "--format", "json",
                "--sensitivity", "100", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("assessment-2016-a.json").toFile());
        assertEquals(1, json.get("places").size());
        assertEquals(3, json.get("sensitivity").get(0).get("places").size(), "all ranked places, not only the one shown");
    }

    @Test
    void commandPrintsTheTableAndTheVerdictInWords() {
        Run run = Fixtures.cli(sensitivity("--samples", "200"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| County B | 1 |"), run.out());
        assertTrue(run.out().contains("County B and County A: their rank intervals overlap"), run.out());
        assertTrue(run.out().contains("Never moves: District D (3)."), run.out());
        assertTrue(run.err().contains("Sensitivity 2016: 1 uncertain input(s), 200 samples"), run.err());
    }

    @Test
    void optionsVaryMoreChoicesAndTheSensitivityIndicesNameTheStrongest() {
        Run run = Fixtures.cli(sensitivity("--samples", "60", "--aggregation", "arithmetic | geometric",
                "--normalisation", "min-max(1, 100)", "--design", "sensitivity", "--bootstrap", "20"));
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Saltelli's design, 60 samples × (3 inputs + 2) = 300 computations"), out);
        assertTrue(out.contains("- normalisation: ratio-to-target capped ×100 \\| min-max \\[1, 100\\]"), out);
        assertTrue(out.contains("- aggregation: arithmetic \\| geometric"), out);
        assertTrue(out.matches("(?s).*\\| aggregation \\| -?\\d.*\\| -?\\d.*\\|.*"), out);
        assertTrue(out.contains("The choice that moves ranks most: "), out);
    }

    @Test
    void jsonCsvAndHtmlGoToFiles(@TempDir Path dir) throws Exception {
        Run run = Fixtures.cli(sensitivity("--samples", "30", "--aggregation", "arithmetic|geometric", "--format",
                "md,json,csv,html", "--out", dir.toString()));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("sensitivity-2016.json").toFile());
        assertEquals("tongcheng-sensitivity/1", json.get("format").asText());
        JsonNode year = json.get("years").get(0);
        assertEquals("sensitivity", year.get("design").asText());
        assertEquals(30 * (2 + 2), year.get("runs").asInt());
        assertEquals("arithmetic", year.get("choices").get("aggregations").get(0).asText(), "the method's own first");
        assertEquals("geometric", year.get("choices").get("aggregations").get(1).asText());
        assertEquals("ratio-to-target", year.get("choices").get("normalisations").get(0).get("method").asText());
        assertNotNull(year.get("influences").get(0).get("total"));
        List<String> csv = Files.readAllLines(dir.resolve("sensitivity-2016.csv"));
        assertTrue(csv.get(0).startsWith("\uFEFFyear,node,record,code,name,nominal_rank"), csv.get(0));
        assertEquals(3 + 2, csv.size() - 1, "a row per ranked place and per varied choice");
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("2016,index,choice,aggregation,aggregation,")), csv.toString());
        String html = Files.readString(dir.resolve("sensitivity-2016.en.html"));
        assertTrue(html.contains("data-chart=\"sensitivity-ranks\"") && html.contains("data-chart=\"sensitivity-indices\""));
        assertEquals(3, html.split("class=\"spread\"").length - 1);
        assertEquals(2, html.split("class=\"bar\"").length - 1, "a bar per varied choice");
        assertTrue(Files.readString(dir.resolve("sensitivity-2016.en.md")).contains("| County B | 1 |"));
    }

    @Test
    void aFixedSeedGivesTheSameOutputTwiceAndAnotherSeedAnother() {
        String[] args = sensitivity("--samples", "40", "--aggregation", "arithmetic|geometric", "--seed", "9", "--format", "json");
        Run first = Fixtures.cli(args);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), Fixtures.cli(args).out());
        Run other = Fixtures.cli(sensitivity("--samples", "40", "--aggregation", "arithmetic|geometric", "--seed", "10", "--format", "json"));
        assertFalse(first.out().equals(other.out()), "another seed draws other points");
    }

    @Test
    void badOptionsAreRefusedWithTheOptionNamed() {
        Run run = Fixtures.cli(sensitivity("--aggregation", "arithmetic | median"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--aggregation") && run.err().contains("\"median\" is not a choice for sensitivity.aggregation"), run.err());
        run = Fixtures.cli(sensitivity("--format", "md,json"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--out"), run.err());
        run = Fixtures.cli(sensitivity("--node", "nowhere"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("\"nowhere\", which is no aggregate of the index"), run.err());
        assertTrue(run.err().contains("The options have 1 problem(s)") && run.err().contains("--node"), run.err());
        assertFalse(run.err().contains("The rules have"), "a bad option is no problem of the rules: " + run.err());
        run = Fixtures.cli(sensitivity("--weights", "no"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nothing to vary"), run.err());
    }

    @Test
    void aNodeOfTheMethodTableThatIsNoAggregateIsAProblemOfTheRules(@TempDir Path dir) throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path method = rules.resolve("catalogue/method.csv");
        Files.writeString(method, Files.readString(method) + "sensitivity.node,nowhere,policy-choice,test\n");
        Run run = Fixtures.cli("sensitivity", "--rules", rules.toString(), "--facts", Fixtures.miniFacts().toString(),
                "--year", "2016", "--lang", "en");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("The rules have 1 problem(s)") && run.err().contains("method.csv:"), run.err());
    }

    @Test
    void chineseTextHasNoEnglishWords() {
        Run run = Fixtures.cli("sensitivity", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--samples", "20", "--aggregation", "arithmetic|geometric",
                "--normalisation", "min-max(1, 100) | z-score(10, 2) | rank");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("分析综合指数的排名"), out);
        assertTrue(out.contains("- 标准化：与目标值之比（封顶） ×100 \\| 最小–最大标准化 \\[1, 100\\] \\| "
                + "标准分数（均值 10，标准差 2） \\| 名次（并列取最小名次）"), out);
        assertTrue(out.contains("- 汇总方式：算术平均 \\| 几何平均"), out);
        assertTrue(out.contains("| 汇总方式 |"), out);
        for (String english : List.of("index", "arithmetic", "geometric", "ratio-to-target", "capped", "min-max", "z-score",
                "rank ", "ties", "none"))
            assertFalse(out.contains(english), english + " in: " + out);
    }

    @Test
    void chineseTextByDefault() {
        Run run = Fixtures.cli("sensitivity", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--samples", "20");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("2016 年排名对方法的敏感性"), run.out());
        assertTrue(run.out().contains("不确定性分析"), run.out());
    }
}
