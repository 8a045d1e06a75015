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
    void brokenTableHeaderNamesTheCellAndWhatWasExpected() throws IOException {
        Path rules = rules();
        Path targets = rules.resolve("criteria/targets.drl.csv");
        replace(targets, "NAME,CONDITION,CONDITION,CONDITION,ACTION", "NAME,CONDITON,CONDITION,CONDITION,ACTION");
        replace(targets, "\"c.put(\"\"weight\"\", \"\"$param\"\");\"", "");
        replace(targets, "C-BUS,county/district,,,transport.bus,yes,1,policy-choice,,,test",
                "C-BUS,county/district,,,transport.bus,yes,1,policy-choice,,,test,,stray");
        List<Problem> ps = compileErrors(rules);
        assertTrue(ps.contains(problem(ps, 6, "B6", "rules.table-kind")), ps.toString());
        assertTrue(problem(ps, 6, "B6", "rules.table-kind").message().contains("CONDITION, ACTION"), ps.toString());
        assertEquals("rules.table-no-code", problem(ps, 8, "G8", "rules.table-no-code").code());
        assertEquals("rules.table-outside", problem(ps, 10, "M10", "rules.table-outside").code());
        assertEquals(3, ps.size(), ps.toString());
    }

    @Test
    void mergedCellsInASpreadsheetTableAreRefusedWithTheirRange() throws Exception {
        Path rules = rules();
        Files.delete(rules.resolve("catalogue/tiers.drl.csv"));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = wb.createSheet("Tiers");
            String[][] rows = {
                    {"RuleSet", "test.catalogue.tiers"}, {"Import", "cn.tongcheng.rules.Draft"},
                    {"Variables", "cn.tongcheng.rules.CatalogueBuilder catalogue"}, {"RULEFLOW-GROUP", "catalogue"}, {},
                    {"RuleTable Tiers"}, {"ACTION", "ACTION", "ACTION", "ACTION"}, {},
                    {"Draft d = catalogue.tier(drools, \"$param\");", "d.put(\"zh\", \"$param\");",
                            "d.put(\"en\", \"$param\");", "d.put(\"min\", \"$param\");"},
                    {"id", "zh", "en", "min"}, {"leading", "领先", "Leading", "85"}, {"lagging", "滞后", "Lagging", "0"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(10, 11, 1, 1));
            try (var out = Files.newOutputStream(rules.resolve("catalogue/tiers.drl.xlsx"))) {
                wb.write(out);
            }
        }
        List<Problem> ps = compileErrors(rules);
        assertEquals("rules.table-merged", problem(ps, 11, "Tiers!B11:B12", "rules.table-merged").code(), ps.toString());
    }

    private static Problem problem(List<Problem> ps, int line, String field, String code) {
        return ps.stream().filter(p -> p.line() == line && p.field().equals(field) && p.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(line + " " + field + " " + code + " not in " + ps));
    }

    @Test
    void methodParametersOutsideTheirRangeAreNamedAtTheirRow() throws IOException {
        Path rules = rules();
        Path method = rules.resolve("catalogue/method.drl.csv");
        replace(method, "band.partly_met,0.6,", "band.partly_met,1.2,");
        replace(method, "sensitivity.spread,0.5,", "sensitivity.spread,0,");
        List<Problem> ps = compileErrors(rules);
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.stream().allMatch(p -> p.code().equals("catalogue.bad-parameter") && p.file().endsWith("method.drl.csv")),
                ps.toString());
        assertTrue(ps.get(0).message().contains("band.partly_met") && ps.get(0).line() == 13, ps.toString());
    }

    @Test
    void missingOrEmptyRulesFolder() throws IOException {
        assertEquals("rules.no-folder", compileErrors(dir.resolve("none")).get(0).code());
        Files.createDirectories(dir.resolve("empty"));
        assertEquals("rules.none", compileErrors(dir.resolve("empty")).get(0).code());
    }
}
