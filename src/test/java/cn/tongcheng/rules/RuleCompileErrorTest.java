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
        replace(rules.resolve("diagnosis/d.drl"), "IndicatorScore(indicator", "IndicatorScor(indicator");
        List<Problem> ps = compileErrors(rules);
        // the unknown type is on line 10, and the message adds a plain hint
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("d.drl") && p.line() == 10
                && p.message().contains("IndicatorScor") && p.message().contains("not imported")), ps.toString());
    }

    @Test
    void everyBadCellOfEveryTableIsNamedAtOnceByFileRowAndColumn() throws IOException {
        Path rules = rules();
        replace(rules.resolve("catalogue/dimensions.csv"), "public,公共服务,Public services,2", "public,公共服务,Public services,heavy");
        replace(rules.resolve("criteria/targets.csv"), "C-SET,,2016,", "C-SET,,二〇一六,");
        replace(rules.resolve("catalogue/method.csv"), "band.partly_met,0.6", "band.partly_met,1.6");
        List<Problem> ps = compileErrors(rules);
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("dimensions.csv") && p.column().equals("D")
                && p.code().equals("catalogue.bad-number")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("targets.csv") && p.line() == 6 && p.column().equals("C")
                && p.code().equals("criteria.bad-year") && p.message().contains("二〇一六")), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("method.csv") && p.column().equals("B")
                && p.code().equals("catalogue.bad-parameter")), ps.toString());
        assertTrue(ps.stream().noneMatch(p -> p.message().contains("ERR 102") || p.message().contains("mismatched")), ps.toString());
    }

    @Test
    void chineseHeadersAndAWorkbookWithMergedCellsAreReadAsTablesSay() throws IOException {
        Path rules = rules();
        Path csv = rules.resolve("catalogue/tiers.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("id,zh,en,min,note", "编号,中文名称,英文名称,最低指数,说明");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        new RuleBaseCompiler().compile(rules); // Chinese headers are the same columns
        Files.delete(csv);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = Files.newOutputStream(rules.resolve("catalogue/tiers.xlsx"))) {
            var sheet = wb.createSheet("分档");
            String[][] rows = {{"id", "zh", "en", "min"}, {"high", "高", "High", "50"}, {"low", "低", "Low", "0"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 3, 3));
            wb.write(out);
        }
        List<Problem> ps = compileErrors(rules);
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("tiers.xlsx!分档") && p.code().equals("xlsx.merged-cells")
                && p.field().endsWith("D2:D3")), ps.toString());
    }
}
