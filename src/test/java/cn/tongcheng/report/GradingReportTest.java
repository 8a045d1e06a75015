package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a reader sees of the annual assessment in each format, over the test rule base with grading tables (test data). */
class GradingReportTest {
    static ReportView zh;
    static ReportView en;

    @BeforeAll
    static void assess() {
        Assessment a = Fixtures.assess(Fixtures.resource("grading/rules"), Fixtures.resource("grading/facts"), List.of(2016), 2);
        zh = ReportViewBuilder.of(a, Language.ZH);
        en = ReportViewBuilder.of(a, Language.EN);
    }

    @Test
    void markdownShowsEachUnitsGradeAndWhyAfterTheSummary() {
        String md = new MarkdownReport().render(zh);
        int section = md.indexOf("## 年度考核（目标责任制考核） 2016");
        assertTrue(md.indexOf("## 总览 2016") > 0 && section > md.indexOf("## 总览 2016"), "after the summary table");
        String g = md.substring(section, md.indexOf("## 甲市"));
        assertTrue(g.contains("基础分为各单位的综合指数；加分合计不超过 3 分；最终得分不低于 0 分；等次：优秀 ≥ 75（不超过参评单位的 30%）"), g);
        assertTrue(g.contains("| 丙县 | 县（市） | 75 | +2 | 0 | 77 | 优秀 | **良好** |"), g);
        assertTrue(g.contains("| 乙县 | 县（市） | 64.6 | +3 | −5 | 62.6 | 合格 | **合格** |"), g);
        assertTrue(g.contains("| 测试部门乙 | 市级部门 | 100 | +1 | 0 | 101 | 优秀 | **合格** |"), g);
        assertTrue(g.contains("加分合计 4 分，按上限计 3 分"), g);
        assertTrue(g.contains("优秀名额不超过 5 个参评单位的 30%，即 1 个（向下取整）；本单位在优秀中居第 2 位，降为良好"), g);
        assertTrue(g.contains("一票否决“发生重大失职事件”等次最高为合格：重大失职事件 = 是，实际为 是"), g);
        assertTrue(g.contains("grading/rules/grading/vetoes.csv:2"), "each item with its row");
        String e = new MarkdownReport().render(en);
        assertTrue(e.contains("| County B | county | 75 | +2 | 0 | 77 | Excellent | **Good** |"), e);
        assertTrue(e.contains("Excellent is held by at most 30% of 5 units, 1 (rounded down); the unit is number 2 among them and moves down to Good"), e);
    }

    @Test
    void htmlHasTheSectionWithEveryUnit() {
        String html = new HtmlReport().render(zh);
        int at = html.indexOf("<section class=\"grading\" id=\"grading-2016\">");
        assertTrue(at > 0);
        String g = html.substring(at, html.indexOf("</section>", at));
        assertTrue(g.contains("<th>按分数等次</th>"), g);
        assertTrue(g.contains("<tr data-unit=\"b\"><td>丙县</td><td>县（市）</td><td class=\"num\">75</td>"), g);
        assertTrue(g.contains("<strong>良好</strong>"), g);
        assertTrue(g.contains("降为良好"), g);
    }

    @Test
    void theWorkbookHasASheetWithTheFinalScoresAsNumbers() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReport().write(zh)))) {
            Sheet s = wb.getSheet("年度考核");
            assertNotNull(s);
            assertEquals("最终得分", s.getRow(0).getCell(6).getStringCellValue());
            Row b = null;
            for (Row r : s) if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("丙县")) b = r;
            assertNotNull(b);
            assertEquals(77.0, b.getCell(6).getNumericCellValue());
            assertEquals("良好", b.getCell(8).getStringCellValue());
            assertTrue(b.getCell(9).getStringCellValue().contains("降为良好"));
        }
    }

    @Test
    void theWordReportHasTheTableAndTheReasons() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new DocxReport().write(zh)));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.contains("年度考核（目标责任制考核） 2016"), "heading");
            assertTrue(all.contains("丙县 — 良好"), "reasons");
            assertTrue(all.contains("测试部门甲"), "the department beside the counties");
        }
    }

    @Test
    void thePdfHasAPageOfIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Office.assumeInstalled();
        java.nio.file.Path pdf = dir.resolve("r.pdf");
        java.nio.file.Files.write(pdf, new PdfReport().write(zh));
        String all = Office.text(pdf, 1, Office.pages(pdf, dir), dir);
        assertTrue(all.contains("年度考核（目标责任制考核） 2016"), all);
        assertTrue(all.contains("降为良好"), all);
    }

    @Test
    void withoutConventionsNoReportShowsAGrading() {
        Assessment shippedLike = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 2);
        ReportView v = ReportViewBuilder.of(shippedLike, Language.ZH);
        assertNull(v.latest().grading());
        assertFalse(new MarkdownReport().render(v).contains("年度考核"));
    }
}
