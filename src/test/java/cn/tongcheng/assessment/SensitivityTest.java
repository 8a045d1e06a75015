package cn.tongcheng.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;

class SensitivityTest {
    static final Assessment MINI = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 1);

    @Test
    void reproducibleWithASeedAndIntervalsContainTheBaseRank() {
        Sensitivity.Result a = new Sensitivity(MINI).analyse(2016, 500, 42);
        Sensitivity.Result b = new Sensitivity(MINI).analyse(2016, 500, 42);
        assertEquals(a, b);
        assertEquals(List.of("b", "a", "d"), a.places().stream().map(Sensitivity.RankSpread::place).toList());
        for (Sensitivity.RankSpread s : a.places()) {
            assertTrue(s.p5() <= s.baseRank() && s.baseRank() <= s.p95(), s.toString());
        }
        assertEquals(0.5, a.spread());
    }

    @Test
    void namesTheWeightsThatMoveTheRankingAndOverlappingPlaces() {
        // b (75) and a (64.6) differ mostly by public services (b 100, a 50) against transport (b 0, a 83.4):
        // doubling the transport weight lifts a above b.
        Sensitivity.Result r = new Sensitivity(MINI).analyse(2016, 500, 1);
        assertTrue(r.influences().stream().anyMatch(i -> i.kind().equals("dimension") && i.id().equals("transport")),
                r.influences().toString());
        assertTrue(r.overlaps().contains(new Sensitivity.Overlap("b", "a")), r.overlaps().toString());
        assertFalse(r.overlaps().contains(new Sensitivity.Overlap("a", "d")), "d (25) stays last");
    }

    @Test
    void assessPutsTheSensitivityChartInTheHtmlAndTheResultInTheJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--format", "html,json", "--sensitivity", "200",
                "--lang", "en", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = java.nio.file.Files.readString(dir.resolve("assessment-2016.en.html"));
        assertTrue(html.contains("data-chart=\"sensitivity\""), "chart present");
        assertEquals(3, html.split("class=\"spread\"").length - 1, "one row per ranked place");
        assertTrue(html.contains("County B and County A: their rank intervals overlap"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("assessment-2016.json").toFile());
        assertEquals(200, json.get("sensitivity").get(0).get("draws").asInt());
        assertEquals(3, json.get("sensitivity").get(0).get("places").size());
    }

    @Test
    void aReportOfOnePlaceKeepsTheSensitivityOfTheWholeRanking(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--place", "a", "--format", "json",
                "--sensitivity", "100", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("assessment-2016-a.json").toFile());
        assertEquals(1, json.get("places").size());
        assertEquals(3, json.get("sensitivity").get(0).get("places").size(), "all ranked places, not only the one shown");
    }

    @Test
    void commandPrintsTheTableAndTheVerdictInWords() {
        Run run = Fixtures.cli("sensitivity", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2016", "--draws", "200", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| County B | 1 |"), run.out());
        assertTrue(run.out().contains("County B and County A: their rank intervals overlap"), run.out());
    }
}
