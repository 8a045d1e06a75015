package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {
    @TempDir
    Path dir;

    private Run assess(Path rules, Path facts, String... more) {
        String[] base = {"assess", "--rules", rules.toString(), "--facts", facts.toString(), "--out", dir.resolve("out").toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Fixtures.cli(args);
    }

    @Test
    void csvIsATidyTableOfEveryPlaceYearAndNodeWithUnroundedScores() throws IOException {
        Run run = assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--year", "2016", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(dir.resolve("out/assessment-2016.csv"));
        assertEquals("\uFEFF", new String(bytes, 0, 3, StandardCharsets.UTF_8), "UTF-8 with BOM");
        java.util.List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("place,year,level,kind,code,value,treated,target,score,rank,imputed,status,basis,basis_kind,basis_zh,basis_en,"
                + "unreported,applicable", lines.get(0));
        // County A: the index unrounded, ranked 2nd; transport.minutes (lower is better) 60 ÷ 90 of its target
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(
                        "a,2016,3,index,index,,,,64.58333333333333,2,,,\"arithmetic mean of 3 of 3 parts (weight 4), threshold 0.2\",aggregate,")),
                String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("a,2016,1,indicator,transport.minutes,90.0,90.0,60.0,66.66666666666666,")
                && l.contains(",partly_met,") && l.contains("ratio-to-target capped ×100, lower is better: target 60")), String.join("\n", lines));
        // the city has no criterion for transport.bus: no row, rather than a row without a score
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("c,2016,1,indicator,transport.bus,")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("c,2016,3,index,index,")));
    }

    @Test
    void writesMarkdownAndJsonReportsCarryingBothHashes() throws IOException {
        Run run = assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--year", "2016");
        assertEquals(0, run.exitCode(), run.err());
        String md = Files.readString(dir.resolve("out/assessment-2016.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## 乙县 · 2016"), md);
        assertTrue(md.contains("推进医保实时结算。"), md);
        assertTrue(md.contains("◐ 部分达标"), md);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/assessment-2016.json").toFile());
        assertTrue(json.get("rulesHash").asText().startsWith("sha256:"));
        assertTrue(json.get("factsHash").asText().startsWith("sha256:"));
        assertEquals(5, json.get("places").size());
        assertEquals((250.0 / 3 + 75 + 2 * 50) / 4, json.get("places").get(1).get("index").asDouble(), 1e-12); // unrounded
    }

    @Test
    void englishReportWithLangEn() throws IOException {
        Run run = assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--year", "2016", "--lang", "en", "--format", "md");
        assertEquals(0, run.exitCode(), run.err());
        String md = Files.readString(dir.resolve("out/assessment-2016.en.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("## County A · 2016"), md);
        assertTrue(md.contains("Introduce real-time medical settlement."), md);
        assertFalse(Files.exists(dir.resolve("out/assessment-2016.json")));
    }

    @Test
    void placeFilterAcceptsChineseNamesKeepsTheRankOfTheWholeFieldAndNamesTheReport() throws IOException {
        Run run = assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--place", "乙", "--year", "2016", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Assessed 1 place-years"), run.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/assessment-2016-a.json").toFile());
        assertEquals(1, json.get("places").size());
        assertEquals(2, json.get("places").get(0).get("rank").asInt(), "County A is second of the three ranked places");
        assertFalse(Files.exists(dir.resolve("out/assessment-2016.json")), "the report of all places is not replaced");
    }

    @Test
    void badFactsExitTwoWithLocatedProblemsNoTraceAndNoReport() throws IOException {
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        Files.writeString(facts.resolve("more.csv"), "place,year,indicator,value,unit,source,quote\nzz,2016,industry.share,20,%,test,synthetic fixture\n"
                + "a,2016,industry.share,120,%,test,synthetic fixture\n", StandardCharsets.UTF_8);
        Run run = assess(Fixtures.miniRules(), facts, "--lang", "en");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("The facts have 2 problem(s)"), run.err());
        assertTrue(run.err().contains("more.csv:2: place: fact.unknown-place"), run.err());
        assertTrue(run.err().contains("more.csv:3: value: fact.out-of-range"), run.err());
        assertFalse(run.err().contains("at cn.tongcheng"), "no stack trace");
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aRuleThatFailsWhileRunningIsTheAuthorsProblemAtItsLine() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Files.writeString(rules.resolve("recommendations/boom.drl"), """
                package test.boom;
                import cn.tongcheng.engine.IndicatorScore;
                global cn.tongcheng.engine.ScoreCard card;

                rule "R-BOOM" @zh("试") @source("A05") @quote("q")
                when
                    $s : IndicatorScore(indicator == "transport.bus", gap || noData)
                then
                    Integer.parseInt("x" + $s.getIndicator());
                end
                """, StandardCharsets.UTF_8);
        Run run = assess(rules, Fixtures.miniFacts(), "--year", "2016", "--lang", "en");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("boom.drl:5: rules.runtime: rule R-BOOM failed while assessing"), run.err());
        assertTrue(run.err().contains("NumberFormatException"), run.err());
        assertFalse(run.err().contains("at cn.tongcheng"), "no stack trace");
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void badOptionValuesAreInvalidInputNotInternalErrors() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the reports folder should be");
        Run unwritable = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--out", blocked.toString(), "--lang", "en");
        assertEquals(2, unwritable.exitCode(), unwritable.err());
        assertTrue(unwritable.err().contains("--out: option.out-unwritable"), unwritable.err());
        assertEquals(2, assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--threads", "0").exitCode());
        assertEquals(2, Fixtures.cli("indicators", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--format", "bogus").exitCode());
        assertEquals(2, Fixtures.cli("sensitivity", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--draws", "-5").exitCode());
    }

    @Test
    void unknownYearOrPlaceIsAnOptionProblem() {
        Run run = assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--year", "1999", "--lang", "en");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("there are no facts for 1999; years with facts: [2015, 2016]"), run.err());
        assertEquals(2, assess(Fixtures.miniRules(), Fixtures.miniFacts(), "--place", "上海").exitCode());
    }

    @Test
    void helpListsCommandsAndExitCodesInChineseOrEnglish() {
        Run en = Fixtures.cli("--help", "--lang", "en");
        assertEquals(0, en.exitCode());
        assertTrue(en.out().contains("assess") && en.out().contains("Exit codes:"), en.out());
        Run zh = Fixtures.cli("assess", "--help", "--lang", "zh");
        assertTrue(zh.out().contains("评价某一年各地"), zh.out());
        assertTrue(zh.out().contains("--threads"), zh.out());
    }
}
