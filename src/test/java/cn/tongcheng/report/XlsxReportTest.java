package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook written by {@code assess --format xlsx}: sheets, values and their types, and no formulas. */
class XlsxReportTest {
    @TempDir
    Path dir;

    private Workbook workbook(Path rules, Path facts, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("assess", "--rules", rules.toString(), "--facts", facts.toString(),
                "--year", "2015,2016", "--format", "xlsx", "--out", dir.resolve("out").toString()));
        args.addAll(List.of(more));
        Run run = Fixtures.cli(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        String name = more.length > 0 ? "assessment-2015-2016.en.xlsx" : "assessment-2015-2016.xlsx";
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("out").resolve(name))));
    }

    private static Row find(Sheet s, String... cells) {
        for (Row r : s) {
            boolean all = true;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] == null) continue;
                Cell c = r.getCell(i);
                if (c == null || !cells[i].equals(c.getCellType() == CellType.NUMERIC
                        ? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue())) all = false;
            }
            if (all) return r;
        }
        throw new AssertionError("no row " + List.of(cells) + " in " + s.getSheetName());
    }

    @Test
    void summaryDimensionAndRecommendationSheetsHoldTheRightValuesAndTypes() throws IOException {
        try (Workbook wb = workbook(Fixtures.miniRules(), Fixtures.miniFacts())) {
            assertEquals(List.of("总览", "交通基础设施", "产业合作", "公共服务", "建议"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)));
            Sheet summary = wb.getSheet("总览");
            assertEquals("排名", summary.getRow(0).getCell(5).getStringCellValue());
            assertNotNull(summary.getPaneInformation(), "frozen header");
            Row a = find(summary, "2016", "乙县");
            assertEquals(64.6, a.getCell(3).getNumericCellValue(), 0.05); // unrounded, shown as 0.0
            assertEquals(CellType.NUMERIC, a.getCell(3).getCellType());
            assertEquals("0.0", a.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("追赶", a.getCell(4).getStringCellValue());
            assertEquals(2, a.getCell(5).getNumericCellValue(), 1e-9);
            Row peer = find(summary, "2016", "戊市");
            assertEquals("（对标）", peer.getCell(2).getStringCellValue());
            assertNull(peer.getCell(5), "peers are not ranked");

            Row share = find(wb.getSheet("产业合作"), "2016", "乙县", "上海项目占比");
            assertEquals("0.###\" %\"", share.getCell(3).getCellStyle().getDataFormatString(), "unit beside the value");
            assertEquals("0.###\" %\"", share.getCell(4).getCellStyle().getDataFormatString(), "unit beside the target");
            assertEquals(30, share.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(40, share.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(75, share.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(12.5, share.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("部分达标", share.getCell(7).getStringCellValue());
            assertTrue(wb.getSheet("产业合作").getSheetConditionalFormatting().getNumConditionalFormattings() > 0);

            Row rec = find(wb.getSheet("建议"), "2016", "乙县", null, null, null, "推进医保实时结算。");
            assertEquals(25, rec.getCell(4).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeaderRowRepeatedAndTheScaleHasColours() throws IOException {
        try (Workbook wb = workbook(Fixtures.miniRules(), Fixtures.miniFacts())) {
            for (Sheet s : wb) {
                assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
                assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
                assertEquals(0, s.getPrintSetup().getFitHeight(), s.getSheetName());
                assertTrue(s.getFitToPage());
                assertEquals("1:1", s.getRepeatingRows().formatAsString().replace("$", ""));
            }
            var cf = ((org.apache.poi.xssf.usermodel.XSSFSheet) wb.getSheet("总览")).getSheetConditionalFormatting();
            var scale = cf.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting();
            assertEquals(3, scale.getColors().length);
            for (var c : scale.getColors()) {
                byte[] argb = ((org.apache.poi.xssf.usermodel.XSSFColor) c).getARGB();
                assertEquals((byte) 0xFF, argb[0], "opaque: an empty or transparent colour prints black in LibreOffice");
            }
            assertEquals(100, scale.getThresholds()[2].getValue(), 1e-9);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsText() throws IOException {
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        Path csv = facts.resolve("facts.csv");
        Files.writeString(csv, Files.readString(csv).replace("a,2016,industry.share,30,%,test,synthetic fixture,",
                "a,2016,industry.share,30,%,=1+2,@cmd,"));
        // rules without the test documents beside them, so that the planted source is not looked up in them
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        try (Workbook wb = workbook(rules, facts)) {
            Cell source = find(wb.getSheet("产业合作"), "2016", "乙县", "上海项目占比").getCell(8);
            assertEquals(CellType.STRING, source.getCellType());
            assertEquals("=1+2「@cmd」", source.getStringCellValue()); // source and quote, as every report shows them
            assertTrue(source.getCellStyle().getQuotePrefixed());
            for (Sheet s : wb) for (Row r : s) for (Cell c : r) assertTrue(c.getCellType() != CellType.FORMULA, s.getSheetName());
        }
    }
}
