package cn.tongcheng.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} over the small rule base with planted mistakes: each is found, located and explained. */
class RuleBaseCheckerTest {
    @TempDir
    Path dir;
    Path rules;
    Path facts;

    @BeforeEach
    void copy() {
        Messages.setUiLanguage(Language.EN);
        rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
    }

    CheckReport check() {
        return new RuleBaseChecker().check(new RuleBaseChecker.Request(rules, facts, null, null));
    }

    static List<Finding> withCode(CheckReport r, String code) {
        return r.findings().stream().filter(f -> f.problem().code().equals(code)).toList();
    }

    void append(String file, String line) throws IOException {
        Files.writeString(rules.resolve(file), line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    void replace(String file, String from, String to) throws IOException {
        Path p = rules.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replace(from, to));
    }

    @Test
    void theSmallRuleBaseIsClean() {
        CheckReport r = check();
        assertEquals(List.of(), r.findings());
        assertEquals(5, r.indicators());
        assertTrue(r.notices().stream().anyMatch(n -> n.contains("Quotes not checked")), r.notices().toString());
    }

    @Test
    void findsTwoRowsThatMatchTheSamePlaceAndYear() throws IOException {
        append("criteria/targets.drl.csv", "C-BUS-COUNTY,county,,,transport.bus,yes,2,policy-choice,,,test");
        List<Finding> overlaps = withCode(check(), "check.overlap");
        assertEquals(1, overlaps.size(), overlaps.toString());
        Finding f = overlaps.get(0);
        assertTrue(f.isError());
        assertEquals(15, f.problem().line());
        assertTrue(f.problem().file().endsWith("targets.drl.csv"));
        assertTrue(f.problem().message().contains("transport.bus"), f.problem().message());
        assertTrue(f.problem().message().contains("targets.drl.csv:10"), "names the other row: " + f.problem().message());
    }

    @Test
    void findsAYearThatNoRowMatchesAndAKindThatHasNoRow() throws IOException {
        append("criteria/targets.drl.csv", "C-SET-OLD,,,2014,public.settlement,试点,1,policy-choice,,,test");
        replace("criteria/targets.drl.csv", "C-BUS,county/district", "C-BUS,county");
        CheckReport r = check();
        List<Finding> years = withCode(r, "check.gap-year");
        assertEquals(1, years.size(), r.findings().toString());
        assertEquals(15, years.get(0).problem().line());
        assertTrue(years.get(0).problem().message().contains("none in 2015"), years.get(0).problem().message());
        List<Finding> kinds = withCode(r, "check.gap-kind");
        assertEquals(1, kinds.size(), r.findings().toString());
        assertEquals(10, kinds.get(0).problem().line());
        assertTrue(kinds.get(0).problem().message().contains("none for a district"));
        assertFalse(kinds.get(0).isError());
    }

    @Test
    void findsUnknownIndicatorsInRowsAndRulesWithASuggestion() throws IOException {
        append("criteria/targets.drl.csv", "C-TYPO,,,,transport.buss,yes,1,policy-choice,,,test");
        replace("recommendations/r.drl", "indicator == \"industry.share\"", "indicator == \"industry.shares\"");
        CheckReport r = check();
        List<Finding> inRow = withCode(r, "criteria.unknown-indicator");
        assertEquals(1, inRow.size(), r.findings().toString());
        assertEquals(15, inRow.get(0).problem().line());
        List<Finding> inRule = withCode(r, "check.rule-unknown-indicator");
        assertEquals(1, inRule.size(), r.findings().toString());
        assertTrue(inRule.get(0).problem().file().endsWith("r.drl"));
        assertEquals(18, inRule.get(0).problem().line());
        assertEquals("column 39", inRule.get(0).problem().field());
        assertTrue(inRule.get(0).problem().message().contains("did you mean industry.share?"), inRule.get(0).toString());
    }

    @Test
    void findsWeightsTheMethodCannotUse() throws IOException {
        replace("catalogue/dimensions.drl.csv", "public,公共服务,Public services,2", "public,公共服务,Public services,0");
        replace("criteria/targets.drl.csv", "C-SHARE,,,,industry.share,40,3", "C-SHARE,,,,industry.share,40,0");
        replace("criteria/targets.drl.csv", "C-PROJ,city", "C-PROJ,county");
        CheckReport r = check();
        assertEquals(1, withCode(r, "check.dimension-weight").size(), r.findings().toString());
        assertEquals(13, withCode(r, "check.dimension-weight").get(0).problem().line());
        List<Finding> badWeight = withCode(r, "criteria.bad-weight");
        assertEquals(1, badWeight.size(), r.findings().toString());
        assertEquals(12, badWeight.get(0).problem().line());
        List<Finding> empty = withCode(r, "check.dimension-empty");
        assertEquals(2, empty.size(), "industry has no criterion with weight for a city or a district: " + r.findings());
        assertTrue(empty.stream().allMatch(f -> f.problem().message().contains("industry")));
    }

    @Test
    void findsTargetsOutOfRangeRowsThatNeverFireAndUnusedFacts() throws IOException {
        replace("criteria/targets.drl.csv", "C-SHARE,,,,industry.share,40", "C-SHARE,,,,industry.share,140");
        append("criteria/targets.drl.csv", "C-NOWHERE,nowhere,,,industry.projects,1,1,policy-choice,,,test");
        replace("criteria/targets.drl.csv", "C-PROJ,city", "C-PROJ,county");
        CheckReport r = check();
        List<Finding> range = withCode(r, "check.target-out-of-range");
        assertEquals(1, range.size(), r.findings().toString());
        assertTrue(range.get(0).problem().message().contains("0 to 100"), range.get(0).toString());
        List<Finding> dead = withCode(r, "check.dead-row");
        assertEquals(1, dead.size(), r.findings().toString());
        assertEquals(15, dead.get(0).problem().line());
        List<Finding> unused = withCode(r, "check.unused-fact");
        assertEquals(1, unused.size(), "the city's projects are no longer scored: " + r.findings());
        assertTrue(unused.get(0).problem().file().endsWith("facts.csv"));
        assertEquals(3, unused.get(0).problem().line());
    }

    @Test
    void findsQuotesThatAreNotInTheSourceIgnoringWhiteSpace() throws IOException {
        Path source = dir.resolve("source.txt");
        Files.writeString(source, "基本实现了到沪、苏、杭、绍、湖等城市的\n一小时交通圈。开通了到杭州和上海的公交线路。合作层次低，合作项目小，合作程度散。低、小、散。synthetic fixture");
        CheckReport r = new RuleBaseChecker().check(new RuleBaseChecker.Request(rules, facts, null, source));
        List<Finding> missing = withCode(r, "check.quote-not-found");
        assertEquals(1, missing.size(), r.findings().toString());
        assertTrue(missing.get(0).problem().file().endsWith("r.drl"));
        assertTrue(missing.get(0).problem().message().contains("医保"));
        assertEquals(18, r.quotes());
    }

    @Test
    void reportsARuleFileThatDoesNotCompileWithItsRow() throws IOException {
        replace("criteria/targets.drl.csv", "C-SET,,2016,", "C-SET,,20x6,");
        CheckReport r = check();
        assertEquals(1, r.errors(), r.findings().toString());
        assertEquals("rules.compile-table", r.findings().get(0).problem().code());
        assertEquals(14, r.findings().get(0).problem().line());
    }

    @Test
    void commandExitsTwoOnErrorsAndZeroOnTheShippedRules() throws IOException {
        Run shipped = Fixtures.cli("check", "--lang", "en");
        assertEquals(0, shipped.exitCode(), shipped.out() + shipped.err());
        assertTrue(shipped.out().contains("0 error(s)"), shipped.out());
        append("criteria/targets.drl.csv", "C-BUS-COUNTY,county,,,transport.bus,yes,2,policy-choice,,,test");
        Run bad = Fixtures.cli("check", "--lang", "en", "--rules", rules.toString(), "--facts", facts.toString());
        assertEquals(2, bad.exitCode(), bad.out());
        assertTrue(bad.out().contains("targets.drl.csv:15: applies_to: error: check.overlap"), bad.out());
    }
}
