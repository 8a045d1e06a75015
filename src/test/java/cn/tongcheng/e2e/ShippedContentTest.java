package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    @Test
    void jiaxingsShareOfProjectsAndFundsFromShanghaiIn2015() {
        PlaceAssessment jx = place(a2015, "jiaxing");
        IndicatorScore projects = score(jx, "industry.shanghai_projects_share");
        assertEquals(25.0, projects.getValue()); // A05: 占所有引进项目的 1/4
        assertEquals("A05", projects.getFact().source());
        assertEquals(Status.PARTLY_MET, projects.getStatus());
        IndicatorScore funds = score(jx, "industry.shanghai_contract_funds_share");
        assertEquals(16.8, funds.getValue()); // A05: 占引进资金总数的 16.8%
        assertEquals("policy-choice", funds.getCriterion().basis());
        assertTrue(funds.getScore() < 100);
        assertTrue(jx.diagnoses().stream().map(Diagnosis::rule).anyMatch("D-A08-LOW-SMALL-SCATTERED"::equals),
                "A08's 低、小、散 is recognised from the low shares");
    }

    @Test
    void teachersTrainedInShanghaiAndTheCitysFigureStaysWithTheCity() {
        IndicatorScore teachers = score(place(a2016, "jiaxing"), "public.teachers_ever_trained_shanghai_share");
        assertEquals(35.0, teachers.getValue()); // A06: 目前已有 35%以上的教师到上海学习过
        assertEquals("A06", teachers.getFact().source());
        for (String county : List.of("jiashan", "pinghu", "haining", "haiyan", "tongxiang")) {
            boolean scored = place(a2016, county).indicators().stream()
                    .anyMatch(s -> s.getIndicator().equals("public.teachers_ever_trained_shanghai_share") && !s.isNoData());
            assertFalse(scored, "a city-wide share is not spread over " + county);
        }
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
    void pinghuHasThe2016IndexOfACountyButAFieldOfOneIsNotRanked() {
        PlaceAssessment pinghu = place(a2016, "pinghu");
        assertNull(pinghu.rank(), "平湖 alone has enough data: a field of one is not ranked");
        assertFalse(a2016.rankingOf(2016).orElseThrow().ranked());
        assertEquals(1, a2016.rankingOf(2016).orElseThrow().withIndex());
        assertEquals(7, a2016.rankingOf(2016).orElseThrow().eligible());
        assertEquals("leading", pinghu.tier());
        assertEquals(Status.MET, score(pinghu, "industry.share_projects_from_shanghai").getStatus()); // A12: 90%以上
        assertNull(place(a2016, "jiaxing").rank(), "the city is not ranked against its counties");
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
        Path tool = Path.of("..", "shared", "tools", "check-quotes");
        assumeTrue(Files.isExecutable(tool), "the shared check-quotes tool is beside the repository");
        Process p = new ProcessBuilder(tool.toString(), "rules", "facts").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }

    private static List<String> rules(PlaceAssessment p) {
        return p.recommendations().stream().map(Recommendation::rule).toList();
    }
}
