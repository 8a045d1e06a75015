package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual data round end to end over the shipped rules and facts: forms for 2017 are written, two are
 * filled the way Excel saves them (percent cells, a number typed as text, a Chinese header variant; one
 * exported as a GBK CSV), one copy with planted mistakes is validated (each located by cell), the returned
 * forms are assessed and reported, and status shows who returned what.
 */
class DataRoundTest {
    static final int VALUE = 11; // L
    static final int KIND = 12; // M
    static final int SOURCE = 13; // N
    static final int EVIDENCE = 14; // O
    static final int CONTACT = 16; // Q

    @TempDir
    Path dir;

    @Test
    void formsOutFilledFormsBackValidatedAssessedAndCounted() throws Exception {
        Path rules = Fixtures.copy(Path.of("rules"), dir.resolve("rules"));
        Path facts = Fixtures.copy(Path.of("facts"), dir.resolve("facts"));
        Fixtures.copy(Path.of("sources"), dir.resolve("sources")); // quotes of documents are looked up there
        Path forms = dir.resolve("forms");
        String[] in = {"--rules", rules.toString(), "--facts", facts.toString()};

        // 1. forms for every assessed unit (the city, five counties, two districts; no peers)
        Run form = Fixtures.cli(args(in, "form", "--year", "2017", "--out", forms.toString()));
        assertEquals(0, form.exitCode(), form.err());
        try (var list = Files.list(forms)) {
            assertEquals(8, list.count());
        }
        Path jiashanForm = forms.resolve("嘉善县-2017.xlsx");
        try (Workbook wb = open(jiashanForm)) {
            assertEquals("填报说明", wb.getSheetAt(0).getSheetName());
            assertTrue(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().contains("嘉善县 2017 年"));
            Sheet data = wb.getSheet("填报数据");
            assertTrue(data.getProtect(), "the sheet is protected");
            assertEquals(PrintSetup.A4_PAPERSIZE, data.getPrintSetup().getPaperSize());
            assertTrue(data.getPrintSetup().getLandscape());
            assertEquals(1, data.getPrintSetup().getFitWidth(), "one page wide");
            assertTrue(data.getRow(0).getHeightInPoints() >= 28, "the header row has room for two lines");
            assertTrue(java.util.stream.IntStream.rangeClosed(1, data.getLastRowNum())
                    .anyMatch(r -> data.getRow(r).getHeightInPoints() > 20), "rows with long definitions are taller");
            assertEquals("填报值", data.getRow(0).getCell(VALUE).getStringCellValue());
            assertTrue(data.getRow(0).getCell(0).getCellStyle().getLocked(), "header locked");
            assertFalse(data.getRow(1).getCell(VALUE).getCellStyle().getLocked(), "input open");
            assertTrue(data.getRow(1).getCell(2).getCellStyle().getLocked(), "indicator id locked");
            int commuter = row(data, "transport.commuter_bus_to_shanghai");
            assertEquals("yes", data.getRow(commuter).getCell(9).getStringCellValue(), "2016 value shown for reference");
            assertTrue(data.getRow(commuter).getCell(10).getStringCellValue().startsWith("A14「来往于嘉善经济技术开发区"));
            List<? extends DataValidation> validations = data.getDataValidations();
            assertTrue(validations.stream().anyMatch(v -> covers(v, commuter, VALUE)
                    && List.of(v.getValidationConstraint().getExplicitListValues()).equals(List.of("是", "否"))));
            int share = firstRow(data, r -> "%".equals(text(r, 6)));
            assertEquals("0.0%", data.getRow(share).getCell(VALUE).getCellStyle().getDataFormatString());
            assertTrue(validations.stream().anyMatch(v -> covers(v, share, VALUE)
                    && v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.DECIMAL
                    && "1".equals(v.getValidationConstraint().getFormula2())), "a share is at most 100 % = 1");
        }
        try (Workbook wb = open(forms.resolve("嘉兴市-2017.xlsx"))) {
            assertEquals(-1, row(wb.getSheet("填报数据"), "transport.commuter_bus_to_shanghai"), "the city is asked other things");
        }

        // 2. 嘉善 fills in its form as Excel saves it, and renames two headers
        Path returned = Files.createDirectories(facts.resolve("2017"));
        Filled jiashan = fill(jiashanForm, returned.resolve("嘉善县-2017.xlsx"), true);
        // 3. 平湖 fills in its form and exports it as CSV from a Chinese Excel (GBK, values as shown)
        Path pinghuXlsx = dir.resolve("平湖市-2017.xlsx");
        Filled pinghu = fill(forms.resolve("平湖市-2017.xlsx"), pinghuXlsx, false);
        exportGbkCsv(pinghuXlsx, returned.resolve("平湖市-2017.csv"));
        // a document gives another figure for one of 嘉善's rows: the department records win (precedence.csv)
        Files.writeString(returned.resolve("a14-2017.csv"), "place,year,indicator,value,unit,source,quote\n"
                + "jiashan,2017," + jiashan.countId + ",3," + jiashan.countUnit + ",A14,通勤车开通了 6：20 和 14：30 两个班次\n");

        // 4. validate: the returned forms are clean; a copy with planted mistakes is located cell by cell
        Run ok = Fixtures.cli(args(in, "validate", "--lang", "zh", returned.toString())); // a folder: every file in it
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("没有问题：3 个文件中的 8 项数据"), ok.out()); // 4 + 4, and the document overruled
        Path wrong = dir.resolve("嘉善县-错.xlsx");
        List<String> planted = plantMistakes(returned.resolve("嘉善县-2017.xlsx"), wrong, jiashan);
        Run bad = Fixtures.cli(args(in, "validate", "--lang", "en", wrong.toString()));
        assertEquals(2, bad.exitCode(), bad.err());
        for (String where : planted) assertTrue(bad.err().contains(where), where + " in\n" + bad.err());
        assertEquals(planted.size(), bad.err().lines().filter(l -> l.contains("嘉善县-错.xlsx:")).count(), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());

        // 5. assess 2017: the percent cell is 35, the text-typed number is read, provenance by kind of source
        Path reports = dir.resolve("reports");
        Run assess = Fixtures.cli(args(in, "assess", "--year", "2017", "--format", "md,json", "--out", reports.toString()));
        assertEquals(0, assess.exitCode(), assess.err());
        assertTrue(assess.err().contains("source-precedence"), assess.err());
        String md = Files.readString(reports.resolve("assessment-2017.md"), StandardCharsets.UTF_8);
        String json = Files.readString(reports.resolve("assessment-2017.json"), StandardCharsets.UTF_8);
        assertTrue(json.matches("(?s).*\"indicator\" : \"" + jiashan.shareId + "\".{0,400}\"value\" : 35\\.0.*"), "35 % read as 35");
        assertTrue(md.contains("嘉善县统计局「统计资料：2017 年统计年鉴 表 3-2」"), md);
        assertTrue(md.contains("嘉善县发改局「部门台账：嘉发改〔2017〕12 号；优先于 A14：3"), md);
        assertTrue(json.contains("\"value\" : " + pinghu.countValue + ".0"), "平湖's text-typed number via the GBK CSV");

        Run explain = Fixtures.cli(args(in, "explain", "--place", "嘉善", "--year", "2017", "--indicator", jiashan.countId));
        assertEquals(0, explain.exitCode(), explain.err());
        assertTrue(explain.out().contains("4 — 嘉善县发改局（部门台账：嘉发改〔2017〕12 号）"), explain.out());
        assertTrue(explain.out().contains("优先于 3 — A14"), explain.out());

        // 6. status: the two returned units and the missing ones
        Run status = Fixtures.cli(args(in, "status", "--year", "2017", "--out", reports.toString()));
        assertEquals(0, status.exitCode(), status.err());
        List<String> lines = status.out().lines().toList();
        assertTrue(lines.get(0).contains("2 个单位已报送，6 个未报送"), status.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("嘉善县") && l.contains("facts/2017/嘉善县-2017.xlsx")
                && l.contains(" 4/")), status.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("海宁市") && l.contains("（未报送）") && l.contains(" 0/")), status.out());
        try (Workbook wb = open(reports.resolve("status-2017.xlsx"))) {
            assertEquals(9, wb.getSheet("报送情况").getPhysicalNumberOfRows());
            assertTrue(wb.getSheet("缺报指标").getPhysicalNumberOfRows() > 500);
        }

        // 7. without --year the 2016 assessment is kept, and the run says why 2017 was passed over
        Run byDefault = Fixtures.cli(args(in, "assess", "--lang", "en", "--out", reports.toString()));
        assertEquals(0, byDefault.exitCode(), byDefault.err());
        assertTrue(byDefault.err().contains("Year 2016: the latest year"), byDefault.err());
        assertTrue(byDefault.err().contains("2017 not assessed: 0 of 8 assessed places"), byDefault.err());
    }

    /** What a unit filled in: which rows, so that checks can find them. */
    record Filled(int shareRow, String shareId, int yesNoRow, int countRow, String countId, String countUnit,
                  int countValue, int statsRow, int docRow) {
    }

    /**
     * Fills four rows as an office would in Excel: a share typed as 35 into the percent cell (stored 0.35),
     * yes from the list, a count typed as text (the cell was formatted as text), and the kinds of source
     * with evidence; 嘉善 also renames two headers as its staff like to call them.
     */
    static Filled fill(Path form, Path to, boolean renameHeaders) throws Exception {
        try (Workbook wb = open(form)) {
            Sheet data = wb.getSheet("填报数据");
            int share = firstRow(data, r -> "%".equals(text(r, 6)));
            int yesNo = firstRow(data, r -> "是/否".equals(text(r, 7)));
            int runs = row(data, "transport.commuter_bus_daily_runs");
            int count = runs >= 0 ? runs : firstRow(data, r -> "数值".equals(text(r, 7)) && !"%".equals(text(r, 6)));
            Row s = data.getRow(share);
            s.getCell(VALUE).setCellValue(0.35);
            s.getCell(KIND).setCellValue("统计资料");
            s.getCell(SOURCE).setCellValue(to.getFileName().toString().substring(0, 3) + "统计局");
            s.getCell(EVIDENCE).setCellValue("2017 年统计年鉴 表 3-2");
            s.getCell(CONTACT).setCellValue("王芳 0573-8400 0000");
            Row y = data.getRow(yesNo);
            y.getCell(VALUE).setCellValue("是");
            y.getCell(KIND).setCellValue("部门台账");
            y.getCell(SOURCE).setCellValue("交通运输局");
            y.getCell(EVIDENCE).setCellValue("台账第 7 页");
            Row c = data.getRow(count);
            c.getCell(VALUE).setCellValue("4"); // a number typed as text
            c.getCell(KIND).setCellValue("部门台账");
            c.getCell(SOURCE).setCellValue(to.getFileName().toString().substring(0, 3) + "发改局");
            c.getCell(EVIDENCE).setCellValue("嘉发改〔2017〕12 号");
            // a document row: the evidence is the quote
            int doc = firstRow(data, r -> r.getRowNum() != share && r.getRowNum() != yesNo && r.getRowNum() != count
                    && "是/否".equals(text(r, 7)));
            data.getRow(doc).getCell(VALUE).setCellValue("否");
            data.getRow(doc).getCell(KIND).setCellValue("文件");
            data.getRow(doc).getCell(SOURCE).setCellValue("A08");
            data.getRow(doc).getCell(EVIDENCE).setCellValue("合作层次低，合作项目小，合作程度散");
            if (renameHeaders) {
                data.getRow(0).getCell(VALUE).setCellValue("数值");
                data.getRow(0).getCell(KIND).setCellValue("来源种类");
            }
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
            return new Filled(share, text(s, 2), yesNo, count, text(c, 2), text(c, 6), 4, share, doc);
        }
    }

    /** Six mistakes, each in its own cell; returns where each must be reported. */
    static List<String> plantMistakes(Path filled, Path to, Filled f) throws Exception {
        List<String> where = new ArrayList<>();
        try (Workbook wb = open(filled)) {
            Sheet data = wb.getSheet("填报数据");
            data.getRow(f.shareRow()).getCell(VALUE).setCellValue(1.2); // 120 %
            where.add(":" + (f.shareRow() + 1) + ": 填报数据!L" + (f.shareRow() + 1) + ": fact.out-of-range");
            data.getRow(f.yesNoRow()).getCell(VALUE).setCellValue("也许");
            where.add(":" + (f.yesNoRow() + 1) + ": 填报数据!L" + (f.yesNoRow() + 1) + ": fact.bad-value");
            data.getRow(f.countRow()).getCell(VALUE).setCellValue("约 4");
            where.add(":" + (f.countRow() + 1) + ": 填报数据!L" + (f.countRow() + 1) + ": fact.bad-value");
            data.getRow(f.countRow()).getCell(KIND).setCellValue("听说");
            where.add(":" + (f.countRow() + 1) + ": 填报数据!M" + (f.countRow() + 1) + ": fact.bad-source-kind");
            data.getRow(f.docRow()).getCell(EVIDENCE).setCellValue("合作层次低，合作项目小"); // A08 has 合作层次低，合作项目小，合作程度散
            data.getRow(f.docRow()).getCell(SOURCE).setCellValue("A07");
            where.add(":" + (f.docRow() + 1) + ": 填报数据!O" + (f.docRow() + 1) + ": fact.quote-not-in-source");
            int other = firstRow(data, r -> r.getRowNum() > Math.max(f.shareRow(), Math.max(f.yesNoRow(), f.countRow()))
                    && text(r, VALUE).isEmpty() && "数值".equals(text(r, 7)));
            data.getRow(other).getCell(VALUE).setCellValue(7);
            data.getRow(other).getCell(KIND).setCellValue("统计资料");
            data.getRow(other).getCell(SOURCE).setCellValue("嘉善县统计局");
            where.add(":" + (other + 1) + ": 填报数据!O" + (other + 1) + ": fact.missing-evidence");
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
        return where;
    }

    /** Save as CSV from a Chinese Excel: the values as the cells show them (35.0%), in GBK. */
    static void exportGbkCsv(Path xlsx, Path csv) throws Exception {
        DataFormatter shown = new DataFormatter(java.util.Locale.CHINA);
        StringBuilder b = new StringBuilder();
        try (Workbook wb = open(xlsx)) {
            for (Row r : wb.getSheet("填报数据")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    String t = r.getCell(c) == null ? "" : shown.formatCellValue(r.getCell(c));
                    cells.add(t.contains(",") || t.contains("\"") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t);
                }
                b.append(String.join(",", cells)).append("\r\n");
            }
        }
        Files.write(csv, b.toString().getBytes(Charset.forName("GBK")));
    }

    static Workbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            in.transferTo(buf);
            return WorkbookFactory.create(new java.io.ByteArrayInputStream(buf.toByteArray()));
        }
    }

    static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    static int row(Sheet data, String indicator) {
        for (Row r : data) if (indicator.equals(text(r, 2))) return r.getRowNum();
        return -1;
    }

    static int firstRow(Sheet data, Predicate<Row> p) {
        for (Row r : data) if (r.getRowNum() > 0 && p.test(r)) return r.getRowNum();
        throw new AssertionError("no such row");
    }

    static boolean covers(DataValidation v, int row, int col) {
        return java.util.Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(a -> a.isInRange(row, col));
    }

    static String[] args(String[] in, String command, String... more) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(List.of(in));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
