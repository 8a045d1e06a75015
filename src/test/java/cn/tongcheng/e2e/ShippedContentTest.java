package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.engine.Status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rules and facts, end to end: results that follow from the documents. */
class ShippedContentTest {
    static final Path RULES = Path.of("rules");
    static final Path FACTS = Path.of("facts");
    static Assessment a2015;
    static Assessment a2016;

    @TempDir
    Path dir;

    @BeforeAll
    static void assess() {
        a2015 = Fixtures.assess(RULES, FACTS, List.of(2015), 2);
        a2016 = Fixtures.assess(RULES, FACTS, List.of(2016), 2);
    }

    static PlaceAssessment place(Assessment a, String id) {
        return a.places().stream().filter(p -> p.place().id().equals(id)).findFirst().orElseThrow();
    }

    static IndicatorScore score(PlaceAssessment p, String indicator) {
        return p.indicators().stream().filter(s -> s.getIndicator().equals(indicator)).findFirst().orElseThrow();
    }

    static List<cn.tongcheng.assessment.MonitoredValue> monitored(Assessment a, String indicator) {
        return a.monitoring().stream().filter(m -> m.indicator().equals(indicator)).toList();
    }

    @Test
    void jiaxingsSharesOfProjectsAndFundsFromShanghaiAreMonitoredNotScored() {
        PlaceAssessment jx = place(a2015, "jiaxing");
        for (String id : List.of("industry.shanghai_projects_share", "industry.shanghai_contract_funds_share")) {
            assertTrue(jx.indicators().stream().noneMatch(s -> s.getIndicator().equals(id)), id + " has no score");
        }
        List<cn.tongcheng.assessment.MonitoredValue> projects = monitored(a2015, "industry.shanghai_projects_share");
        assertEquals(1, projects.size());
        assertEquals(25.0, projects.get(0).value()); // A05: 占所有引进项目的 1/4
        assertEquals("A05", projects.get(0).fact().source());
        assertEquals(16.8, monitored(a2015, "industry.shanghai_contract_funds_share").get(0).value()); // A05: 占引进资金总数的 16.8%
        assertTrue(jx.diagnoses().stream().map(Diagnosis::rule).noneMatch("D-A08-LOW-SMALL-SCATTERED"::equals),
                "A08's 低、小、散 is no longer read from shares measured against a hand-set 30 % and 25 %");
    }

    @Test
    void theCitysTeacherShareIsShownForTheCityOnly() {
        List<cn.tongcheng.assessment.MonitoredValue> teachers = monitored(a2016, "public.teachers_ever_trained_shanghai_share");
        assertEquals(1, teachers.size());
        assertEquals("jiaxing", teachers.get(0).place());
        assertEquals(35.0, teachers.get(0).value()); // A06: 目前已有 35%以上的教师到上海学习过
        assertEquals("A06", teachers.get(0).fact().source());
    }

    @Test
    void noPlaceIsScoredAgainstItsOwnFigure() {
        for (Assessment a : List.of(a2015, a2016)) {
            for (PlaceAssessment p : a.places()) {
                for (IndicatorScore s : p.indicators()) {
                    if (s.getFact() == null || !"policy-choice".equals(s.getCriterion().basis())) continue;
                    if (s.getFact().value() instanceof cn.tongcheng.facts.Value.Number v
                            && s.getCriterion().target() instanceof cn.tongcheng.facts.Value.Number t) {
                        assertTrue(v.amount() != t.amount(), p.place().id() + " " + p.year() + " " + s.getIndicator());
                    }
                }
            }
        }
    }

    @Test
    void aFigureTwoCountiesReportIsNotComparedUntilThreeDo() throws IOException {
        // 2015: Pinghu 70 (A05), Jiashan 281 (A05) above-scale firms in the co-built parks: two reporters, no score
        cn.tongcheng.method.NodeResult pinghu = a2015.result(2015).orElseThrow().result("pinghu", "platform.cobuilt_park_above_scale_firms");
        assertEquals(java.util.Optional.of(cn.tongcheng.method.NoScoreReason.BELOW_MIN_COMPARED), pinghu.noScoreReason());
        assertNull(score(place(a2015, "pinghu"), "platform.cobuilt_park_above_scale_firms").getScore());
        assertEquals(Status.NOT_SCORED, score(place(a2015, "pinghu"), "platform.cobuilt_park_above_scale_firms").getStatus(),
                "reported, so not 'no data'");
        // Pinghu reports its 55 domestic projects from Shanghai in 2016 (A12): not advised as if it had no data
        assertEquals(Status.NOT_SCORED, score(place(a2016, "pinghu"), "industry.shanghai_domestic_projects").getStatus());
        assertFalse(rules(place(a2016, "pinghu")).contains("R-A12-INVESTMENT-OFFICES"));
        // a third county reports (test data, not from the articles): each is scored against the best of the others
        Path facts = Fixtures.copy(FACTS, dir.resolve("facts"));
        Files.writeString(facts.resolve("test-third-county.csv"), "place,year,indicator,value,unit,source,source_kind,evidence\n"
                + "haining,2015,platform.cobuilt_park_above_scale_firms,100,家,test data,department,invented for this test\n");
        Assessment three = Fixtures.assess(RULES, facts, List.of(2015), 2);
        // best of the others: Pinghu 70/281, Jiashan 281/100 capped at 100, Haining 100/281
        assertEquals(100 * 70 / 281.0, score(place(three, "pinghu"), "platform.cobuilt_park_above_scale_firms").getScore(), 1e-9);
        assertEquals(100.0, score(place(three, "jiashan"), "platform.cobuilt_park_above_scale_firms").getScore(), 1e-9);
        assertEquals(100 * 100 / 281.0, score(place(three, "haining"), "platform.cobuilt_park_above_scale_firms").getScore(), 1e-9);
    }

    @Test
    void everyPlaceIsAssessedOnAllSevenDimensionsWithHonestCoverage() {
        for (Assessment a : List.of(a2015, a2016)) {
            for (String id : List.of("jiaxing", "jiashan", "pinghu", "haining", "haiyan", "tongxiang", "nanhu", "xiuzhou")) {
                PlaceAssessment p = place(a, id);
                assertEquals(7, p.dimensions().size());
                assertTrue(p.coverage().withData() < p.coverage().indicators(), id + " has gaps in its data");
            }
        }
        PlaceAssessment nanhu = place(a2016, "nanhu");
        assertNull(nanhu.index(), "one fact is too little for an index");
        assertNull(nanhu.rank());
    }

    @Test
    void pinghuIsTheOnlyPlaceWithEnoughDataFor2016AndAFieldOfOneIsNotRanked() {
        PlaceAssessment pinghu = place(a2016, "pinghu");
        assertNull(pinghu.rank(), "平湖 alone has enough data: a field of one is not ranked");
        assertFalse(a2016.rankingOf(2016).orElseThrow().ranked());
        assertEquals(1, a2016.rankingOf(2016).orElseThrow().withIndex());
        assertEquals(7, a2016.rankingOf(2016).orElseThrow().eligible());
        assertEquals("on-track", pinghu.tier());
        assertEquals(77.8, pinghu.index(), 0.05); // planning 100, transport 50, public 83.3: the dimensions with 40 % of their weight in data
        assertTrue(pinghu.coverage().weighted() >= 0.4);
        for (String id : List.of("jiaxing", "jiashan", "haining", "haiyan", "tongxiang", "nanhu", "xiuzhou")) {
            assertNull(place(a2016, id).index(), id + " has less than two fifths of its index weight in data");
        }
        assertNull(place(a2016, "kunshan").rank(), "peers are not ranked");
    }

    @Test
    void aPracticeOneCountyHasIsRecommendedToTheOthers() {
        // A14: 嘉善 runs a commuter bus to Shanghai; 平湖 has no such fact and is advised to adopt it.
        assertEquals(Status.MET, score(place(a2016, "jiashan"), "transport.commuter_bus_to_shanghai").getStatus());
        assertTrue(rules(place(a2016, "pinghu")).contains("R-A14-COMMUTER-BUS"));
        assertFalse(rules(place(a2016, "jiashan")).contains("R-A14-COMMUTER-BUS"));
    }

    @Test
    void recommendationsWithAKnownGapComeFirstAndEachRuleOnce() {
        List<Recommendation> recs = place(a2016, "pinghu").recommendations();
        assertTrue(recs.get(0).priority() != null && recs.get(0).priority() > 0);
        assertEquals(recs.size(), recs.stream().map(Recommendation::rule).distinct().count());
        for (int i = 1; i < recs.size(); i++) {
            Double before = recs.get(i - 1).priority();
            Double now = recs.get(i).priority();
            assertTrue(before == null ? now == null : now == null || before >= now, "ordered by priority");
        }
    }

    @Test
    void defaultRunWritesTheChineseReportOfTheLatestYear() throws IOException {
        Run run = Fixtures.cli("assess", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String md = Files.readString(dir.resolve("assessment-2016.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## 平湖市 · 2016"));
        assertTrue(md.contains("### 差距分析"));
        assertTrue(Files.exists(dir.resolve("assessment-2016.json")));
    }

    @Test
    void everyQuoteStandsInTheSourceText() throws Exception {
        // the rule base's own check, against the articles shipped in sources/: every quote of rules and facts
        Fixtures.Run check = Fixtures.cli("check", "--lang", "en");
        assertEquals(0, check.exitCode(), check.err() + check.out());
        String all = check.out() + check.err();
        assertFalse(all.contains("quote-not-found"), all);
        java.util.regex.Matcher quotes = java.util.regex.Pattern.compile("(\\d+) quotes").matcher(all);
        assertTrue(quotes.find(), all);
        assertTrue(Integer.parseInt(quotes.group(1)) > 600, all);
        // and, where the shared tool sits beside the repository (not on CI), the tool agrees
        Path tool = Path.of("..", "shared", "tools", "check-quotes");
        if (Files.isExecutable(tool)) {
            Process p = new ProcessBuilder(tool.toString(), "rules", "facts").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(out.contains(quotes.group(1) + " of " + quotes.group(1)), out + " vs " + all);
        }
    }

    private static List<String> rules(PlaceAssessment p) {
        return p.recommendations().stream().map(Recommendation::rule).toList();
    }
}
