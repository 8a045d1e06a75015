package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practices table of the scoreboard is read and checked like every rule table: each cell, located, in zh and en. */
class PracticesTableTest {
    @TempDir
    Path dir;

    @Test
    void theShippedPracticesAreYesNoOrLevelIndicatorsThatFactsWithQuotesReport() {
        Assessor.Request req = new Assessor.Request(Path.of("rules"), Path.of("facts"), List.of(), List.of(), 1, null);
        Assessor.Inputs inputs = Assessor.load(req);
        List<Practice> practices = inputs.ruleBase().rows().practices();
        assertTrue(practices.size() >= 10, "the documented docking practices: " + practices.size());
        Map<String, Indicator> indicators = inputs.ruleBase().catalogue().indicatorsById();
        Set<String> reported = inputs.factBase().facts().stream().filter(f -> !f.quote().isBlank()).map(Fact::indicator)
                .collect(Collectors.toSet());
        for (Practice p : practices) {
            assertFalse(p.quote().isBlank(), p.id() + " cites the document that describes it");
            for (String id : p.indicators()) assertTrue(indicators.get(id).type() != IndicatorType.NUMBER, p.id() + ": " + id);
            assertTrue(p.indicators().stream().anyMatch(reported::contains), p.id() + " is reported by a fact with a quote");
        }
        assertTrue(practices.stream().anyMatch(p -> p.id().equals("P-BUS") && p.indicators().contains("transport.commuter_bus_to_shanghai")));
    }

    @Test
    void everyCellIsCheckedAndEachMistakeNamedAtItsCellInBothLanguages() throws IOException {
        Path project = dir.resolve("project");
        Path rules = Fixtures.copy(Path.of("rules"), project.resolve("rules"));
        Fixtures.copy(Path.of("sources"), project.resolve("sources"));
        Files.writeString(rules.resolve("catalogue/practices.csv"), """
                id,zh,en,indicators,done_from,source,quote
                P-COUNT,通勤车班次,Commuter runs,transport.commuter_bus_daily_runs,,A14,来往于嘉善经济技术开发区与上海松江地铁南站的通勤车开始试运行
                P-TYPO,通勤车,Commuter bus,transport.commuter_bus_to_shanghia,,A14,来往于嘉善经济技术开发区与上海松江地铁南站的通勤车开始试运行
                P-LEVEL,医保结算,Settlement,public.medical_insurance_settlement_shanghai,,A05,桐乡在全省率先实现与上海交通大学附属第一医院医疗实时结算网络
                P-BADLEVEL,医保结算,Settlement,public.medical_insurance_settlement_shanghai,全国联网,A05,桐乡在全省率先实现与上海交通大学附属第一医院医疗实时结算网络
                P-NOQUOTE,港口,Port,platform.port_cooperation_shanghai,,A06,
                P-WRONGQUOTE,港口,Port,platform.port_cooperation_shanghai,,A06,上港集团在平湖建了三个码头
                P-TYPO,重复,Duplicate,platform.port_cooperation_shanghai,,A06,平湖已经跟上海港口合作了，上港集团在平湖建了两个码头
                P-OK,港口,Port,platform.port_cooperation_shanghai,,A06,平湖已经跟上海港口合作了，上港集团在平湖建了两个码头
                """);
        Run en = Fixtures.cli("check", "--rules", rules.toString(), "--lang", "en");
        assertEquals(2, en.exitCode(), en.out() + en.err());
        String out = en.out() + en.err();
        String at = rules.resolve("catalogue/practices.csv").toString();
        for (String expected : List.of(
                at + ":2:D: indicators: error: practice.number-indicator: indicator \"transport.commuter_bus_daily_runs\" is a number",
                at + ":3:D: indicators: error: criteria.unknown-indicator:",
                "did you mean transport.commuter_bus_to_shanghai?",
                at + ":4:E: done_from: error: practice.missing-level: public.medical_insurance_settlement_shanghai is a level indicator",
                at + ":5:E: done_from: error: practice.bad-level: \"全国联网\" is not a level of public.medical_insurance_settlement_shanghai",
                at + ":6:G: quote: error: catalogue.missing-field:",
                at + ":7:G: quote: error: fact.quote-not-in-source:",
                at + ":8:A: id: error: catalogue.duplicate: practice \"P-TYPO\" is already defined")) {
            assertTrue(out.contains(expected), expected + " in\n" + out);
        }
        assertFalse(out.contains("practices.csv:9:"), "a good row has no problem");

        Run zh = Fixtures.cli("check", "--rules", rules.toString(), "--lang", "zh");
        assertEquals(2, zh.exitCode());
        assertTrue((zh.out() + zh.err()).contains(at + ":2:D: indicators: error: practice.number-indicator: 指标“transport.commuter_bus_daily_runs”是数值指标"),
                zh.out() + zh.err());
        assertTrue((zh.out() + zh.err()).contains("“全国联网”不是 public.medical_insurance_settlement_shanghai 的等级"), zh.out() + zh.err());
    }

    @Test
    void rankingMinPlacesIsAWholeNumberOfAtLeastTwo() throws IOException {
        for (String bad : List.of("1", "2.5", "many")) {
            Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules-" + bad.replace('.', '_')));
            Path method = rules.resolve("catalogue/method.csv");
            Files.writeString(method, Files.readString(method).stripTrailing() + "\nranking.min_places," + bad + ",policy-choice,\n");
            Run run = Fixtures.cli("check", "--rules", rules.toString(), "--facts", Fixtures.miniFacts().toString(), "--lang", "en");
            assertEquals(2, run.exitCode(), bad + ": " + run.out() + run.err());
            assertTrue((run.out() + run.err()).matches("(?s).*method\\.csv:\\d+:B: value: error: catalogue\\.(bad-parameter|bad-number).*"),
                    bad + ": " + run.out() + run.err());
        }
        assertEquals(3, new RuleBaseCompiler().compile(Path.of("rules")).catalogue().method().minRankedPlaces());
    }
}
