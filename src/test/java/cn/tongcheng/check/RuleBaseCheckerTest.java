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
    void aPolicyChoiceTargetThatIsThePlacesOwnFigureIsAnErrorAtItsTargetCellInBothLanguages() throws IOException {
        // 丙县 (b) reports a share of 40 % in 2016, and C-SHARE (policy choice) sets the target 40: b is its own benchmark
        Path file = facts.resolve("facts.csv");
        String text = Files.readString(file);
        assertTrue(text.contains("b,2016,industry.share,45,"));
        Files.writeString(file, text.replace("b,2016,industry.share,45,", "b,2016,industry.share,40,"));
        List<Finding> self = withCode(check(), "check.self-target");
        assertEquals(1, self.size(), self.toString());
        Finding f = self.get(0);
        assertTrue(f.isError());
        assertTrue(f.problem().file().endsWith("targets.csv"), f.toString());
        assertEquals(4, f.problem().line());
        assertEquals("F", f.problem().column(), "the target cell");
        assertTrue(f.problem().message().contains("the target 40 of C-SHARE is 丙县's own figure for 2016"), f.problem().message());
        assertTrue(f.problem().message().contains("facts.csv:10"), "names the fact: " + f.problem().message());
        Messages.setUiLanguage(Language.ZH);
        try {
            String zh = withCode(check(), "check.self-target").get(0).problem().message();
            assertTrue(zh.contains("C-SHARE 的目标值 40 就是丙县自己 2016 年的数值"), zh);
        } finally {
            Messages.setUiLanguage(Language.EN);
        }
    }

    @Test
    void aLevelTargetBelowTheTopThatIsThePlacesOwnLevelIsAnErrorButTheTopOfTheScaleIsNot() throws IOException {
        // 丙县 (b) reports 全面, the top of 无|试点|全面, in 2016 and C-SET aims at 全面: the top is every place's aim, not a copy
        assertEquals(List.of(), withCode(check(), "check.self-target"));
        // with the aim lowered to 试点 and b at 试点, the target is b's own level
        Path criteria = rules.resolve("criteria/targets.csv");
        Files.writeString(criteria, Files.readString(criteria).replace("public.settlement,全面,", "public.settlement,试点,"));
        Path file = facts.resolve("facts.csv");
        Files.writeString(file, Files.readString(file).replace("b,2016,public.settlement,全面,", "b,2016,public.settlement,试点,"));
        List<Finding> self = withCode(check(), "check.self-target");
        // 乙县 (a) reports 试点 too
        assertEquals(2, self.size(), self.toString());
        assertTrue(self.stream().allMatch(Finding::isError));
        assertTrue(self.stream().anyMatch(f -> f.problem().message().contains("the target 试点 of C-SET is 丙县's own figure for 2016")),
                self.toString());
        assertEquals("F", self.get(0).problem().column(), "the target cell");
    }

    @Test
    void aSourcedTargetMayEqualTheFigureAPlaceReached() {
        // C-MIN states its 60 minutes in A05 (sourced); 甲市 reports 60 in 2016: reached, not copied
        CheckReport r = check();
        assertEquals(List.of(), withCode(r, "check.self-target"));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void aMonitoringIndicatorIsNamedByNoCriterionNorRecommendationAndItsRoleIsCheckedAtItsCell() throws IOException {
        Path file = rules.resolve("catalogue/indicators.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(0, lines.get(0) + ",role");
        for (int i = 1; i < lines.size(); i++) {
            String role = lines.get(i).startsWith("industry.projects,") ? "monitoring"
                    : lines.get(i).startsWith("industry.share,") ? "监测" : lines.get(i).startsWith("transport.bus,") ? "maybe" : "";
            lines.set(i, lines.get(i) + "," + role);
        }
        Files.write(file, lines);
        CheckReport r = check();
        List<Finding> role = withCode(r, "catalogue.bad-role");
        assertEquals(1, role.size(), r.findings().toString());
        assertEquals("N", role.get(0).problem().column(), "the role cell");
        assertTrue(role.get(0).problem().message().contains("\"maybe\""), role.get(0).toString());
        List<Finding> named = withCode(r, "criteria.monitoring-indicator");
        // C-SHARE and C-PROJ (criteria, column E) and R-SHARE (recommendations, column C) name monitoring indicators
        assertEquals(3, named.size(), named.toString());
        assertTrue(named.stream().anyMatch(f -> f.problem().file().endsWith("targets.csv") && f.problem().line() == 4
                && f.problem().column().equals("E") && f.problem().message().contains("industry.share is a monitoring indicator")), named.toString());
        assertTrue(named.stream().anyMatch(f -> f.problem().file().endsWith("r.csv") && f.problem().column().equals("C")), named.toString());
        assertTrue(named.stream().allMatch(Finding::isError));
    }

    @Test
    void aMonitoringIndicatorTakesNoNormalisation() throws IOException {
        Path file = rules.resolve("catalogue/indicators.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.set(0, lines.get(0) + ",normalisation,role");
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (lines.get(i).startsWith("industry.projects,") ? ",min-max,monitoring" : ",,"));
        }
        Files.write(file, lines);
        List<Finding> f = withCode(check(), "catalogue.monitoring-not-scored");
        assertEquals(1, f.size(), f.toString());
        assertEquals("N", f.get(0).problem().column(), "the normalisation cell");
        assertTrue(f.get(0).problem().message().contains("industry.projects is a monitoring indicator"), f.get(0).toString());
    }

    @Test
    void placesWithoutTheComparisonGroupsAttributeAreNamed() throws IOException {
        append("catalogue/method.csv", "comparison,group:admin_level,policy-choice,compare places of one level");
        List<Finding> none = withCode(check(), "check.no-group");
        assertEquals(1, none.size(), none.toString());
        assertTrue(none.get(0).problem().file().endsWith("method.csv"));
        assertTrue(none.get(0).problem().message().contains("admin_level, which these places lack: c, a, b"), none.get(0).toString());
        assertFalse(none.get(0).isError(), "a warning: the run is valid, the comparison empty");
    }

    @Test
    void twoRowsThatCanMatchTheSamePlaceAndYearAreRefusedWhenTheRulesAreRead() throws IOException {
        append("criteria/targets.csv", "C-BUS-COUNTY,county,,,transport.bus,yes,2,policy-choice,,,test");
        List<Finding> overlaps = withCode(check(), "criteria.rows-overlap");
        assertEquals(1, overlaps.size(), overlaps.toString());
        Finding f = overlaps.get(0);
        assertTrue(f.isError());
        assertEquals(7, f.problem().line());
        assertTrue(f.problem().file().endsWith("targets.csv"));
        assertTrue(f.problem().message().contains("transport.bus"), f.problem().message());
        assertTrue(f.problem().message().contains("targets.csv:2"), "names the other row: " + f.problem().message());
    }

    @Test
    void findsAYearThatNoRowMatchesAndAKindThatHasNoRow() throws IOException {
        append("criteria/targets.csv", "C-SET-OLD,,,2014,public.settlement,试点,1,policy-choice,,,test");
        replace("criteria/targets.csv", "C-BUS,county/district", "C-BUS,county");
        CheckReport r = check();
        List<Finding> years = withCode(r, "check.gap-year");
        assertEquals(1, years.size(), r.findings().toString());
        assertEquals(7, years.get(0).problem().line());
        assertTrue(years.get(0).problem().message().contains("none in 2015"), years.get(0).problem().message());
        List<Finding> kinds = withCode(r, "check.gap-kind");
        assertEquals(1, kinds.size(), r.findings().toString());
        assertEquals(2, kinds.get(0).problem().line());
        assertTrue(kinds.get(0).problem().message().contains("none for a district"));
        assertFalse(kinds.get(0).isError());
    }

    @Test
    void unknownIndicatorsInCriteriaAndRecommendationRowsAreNamedAtTheirCellWithASuggestion() throws IOException {
        append("criteria/targets.csv", "C-TYPO,,,,transport.buss,yes,1,policy-choice,,,test");
        replace("recommendations/r.csv", "R-SHARE,gap,industry.share,", "R-SHARE,gap,industry.shares,");
        CheckReport r = check();
        List<Finding> unknown = withCode(r, "criteria.unknown-indicator");
        assertEquals(2, unknown.size(), r.findings().toString());
        Finding inRow = unknown.stream().filter(f -> f.problem().file().endsWith("targets.csv")).findFirst().orElseThrow();
        assertEquals(7, inRow.problem().line());
        assertEquals("E", inRow.problem().column());
        assertTrue(inRow.problem().message().contains("did you mean transport.bus?"), inRow.toString());
        Finding inRecommendation = unknown.stream().filter(f -> f.problem().file().endsWith("r.csv")).findFirst().orElseThrow();
        assertEquals(3, inRecommendation.problem().line());
        assertEquals("C", inRecommendation.problem().column());
        assertTrue(inRecommendation.problem().message().contains("did you mean industry.share?"), inRecommendation.toString());
    }

    @Test
    void weightsThatAreNotAboveZeroAreRefusedAtTheirCell() throws IOException {
        replace("catalogue/dimensions.csv", "public,公共服务,Public services,2", "public,公共服务,Public services,0");
        replace("criteria/targets.csv", "C-SHARE,,,,industry.share,40,3", "C-SHARE,,,,industry.share,40,0");
        CheckReport r = check();
        List<Finding> badWeight = withCode(r, "criteria.bad-weight");
        assertEquals(2, badWeight.size(), r.findings().toString());
        assertTrue(badWeight.stream().anyMatch(f -> f.problem().file().endsWith("dimensions.csv") && f.problem().column().equals("D")));
        assertTrue(badWeight.stream().anyMatch(f -> f.problem().file().endsWith("targets.csv") && f.problem().line() == 4
                && f.problem().column().equals("G")), r.findings().toString());
    }

    @Test
    void findsADimensionThatHasNoCriterionForSomeKind() throws IOException {
        replace("criteria/targets.csv", "C-PROJ,city", "C-PROJ,county");
        replace("criteria/targets.csv", "C-SHARE,,,,industry.share,40,3", "C-SHARE,county,,,industry.share,40,3");
        CheckReport r = check();
        List<Finding> empty = withCode(r, "check.dimension-empty");
        assertEquals(2, empty.size(), "industry has no criterion for a city or a district: " + r.findings());
        assertTrue(empty.stream().allMatch(f -> f.problem().message().contains("industry")));
    }

    @Test
    void targetsOutOfRangeAreRefused() throws IOException {
        replace("criteria/targets.csv", "C-SHARE,,,,industry.share,40", "C-SHARE,,,,industry.share,140");
        List<Finding> range = withCode(check(), "criteria.target-out-of-range");
        assertEquals(1, range.size(), range.toString());
        assertTrue(range.get(0).problem().message().contains("0 – 100"), range.get(0).toString());
    }

    @Test
    void placesTheFactsDoNotHaveAreRefused() throws IOException {
        replace("criteria/targets.csv", "C-PROJ,city,,", "C-PROJ,city,2010,");
        append("criteria/targets.csv", "C-NOWHERE,nowhere,,2009,industry.projects,1,1,policy-choice,,,test");
        CheckReport r = check();
        List<Finding> nowhere = withCode(r, "criteria.unknown-place");
        assertEquals(1, nowhere.size(), r.findings().toString());
        assertEquals(7, nowhere.get(0).problem().line());
    }

    @Test
    void findsFactsThatNoCriterionScores() throws IOException {
        replace("criteria/targets.csv", "C-PROJ,city", "C-PROJ,county");
        CheckReport r = check();
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
        assertTrue(missing.get(0).problem().file().endsWith("r.csv"));
        assertTrue(missing.get(0).problem().message().contains("医保"));
    }

    @Test
    void reportsARuleFileThatDoesNotCompileWithItsRow() throws IOException {
        replace("criteria/targets.csv", "C-SET,,2016,", "C-SET,,20x6,");
        CheckReport r = check();
        assertEquals(1, r.errors(), r.findings().toString());
        assertEquals("criteria.bad-year", r.findings().get(0).problem().code());
        assertEquals(6, r.findings().get(0).problem().line());
        assertEquals("C", r.findings().get(0).problem().column());
    }

    @Test
    void commandExitsTwoOnErrorsAndZeroOnTheShippedRules() throws IOException {
        Run shipped = Fixtures.cli("check", "--lang", "en");
        assertEquals(0, shipped.exitCode(), shipped.out() + shipped.err());
        assertTrue(shipped.out().contains("0 error(s)"), shipped.out());
        append("criteria/targets.csv", "C-BUS-COUNTY,county,,,transport.bus,yes,2,policy-choice,,,test");
        Run bad = Fixtures.cli("check", "--lang", "en", "--rules", rules.toString(), "--facts", facts.toString());
        assertEquals(2, bad.exitCode(), bad.out());
        assertTrue(bad.out().contains("targets.csv:7: applies_to: error: criteria.rows-overlap"), bad.out());
    }
}
