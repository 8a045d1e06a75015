package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken rule files stop the run with the author's file and line (or table row), for all files at once. */
class RuleCompileErrorTest {
    @TempDir
    Path dir;

    private List<Problem> compileErrors(Path rules) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(rules));
        assertEquals("rules", e.stage());
        return e.problems();
    }

    private Path rules() {
        return Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void drlSyntaxErrorNamesFileAndLineWithAPlainHint() throws IOException {
        Path rules = rules();
        replace(rules.resolve("recommendations/r.drl"), "card.recommend(drools, $s);\nend\n\nrule \"R-SHARE\"",
                "card.recommend(drools, $s)\nend\n\nrule \"R-SHARE\"");
        replace(rules.resolve("diagnosis/d.drl"), "IndicatorScore(indicator", "IndicatorScor(indicator");
        List<Problem> ps = compileErrors(rules);
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("r.drl") && p.line() >= 7 && p.line() <= 13), ps.toString());
        // the unknown type is on line 10, and the message adds a plain hint
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("d.drl") && p.line() == 10
                && p.message().contains("IndicatorScor") && p.message().contains("not imported")), ps.toString());
    }

    @Test
    void decisionTableErrorIsMappedBackToItsRow() throws IOException {
        Path rules = rules();
        replace(rules.resolve("criteria/targets.drl.csv"), "C-PROJ,city,,,", "C-PROJ,city,20x6,,");
        List<Problem> ps = compileErrors(rules);
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).file().endsWith("targets.drl.csv"));
        assertEquals(13, ps.get(0).line(), ps.toString());
        assertEquals("rules.compile-table", ps.get(0).code());
    }

    @Test
    void badCellInACatalogueTableNamesRowAndColumn() throws IOException {
        Path rules = rules();
        replace(rules.resolve("catalogue/dimensions.drl.csv"), "industry,产业合作,Industry,1", "industry,产业合作,Industry,one");
        replace(rules.resolve("catalogue/indicators.drl.csv"), "industry.projects,上海项目数,Projects from Shanghai,industry,number",
                "industry.projects,上海项目数,Projects from Shanghai,industri,number");
        List<Problem> ps = compileErrors(rules);
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("dimensions.drl.csv") && p.line() == 12
                && p.field().equals("weight") && p.code().equals("catalogue.bad-number")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("indicators.drl.csv") && p.line() == 14
                && p.field().equals("dimension") && p.code().equals("catalogue.unknown-dimension")), ps.toString());
    }

    @Test
    void missingOrEmptyRulesFolder() throws IOException {
        assertEquals("rules.no-folder", compileErrors(dir.resolve("none")).get(0).code());
        Files.createDirectories(dir.resolve("empty"));
        assertEquals("rules.none", compileErrors(dir.resolve("empty")).get(0).code());
    }
}
