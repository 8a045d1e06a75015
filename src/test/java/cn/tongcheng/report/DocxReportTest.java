package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.i18n.Language;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Word report read back with POI: page 1, heading styles, tables, the native chart, linked sources. */
class DocxReportTest {
    static ReportView view;
    static XWPFDocument doc;

    @BeforeAll
    static void render() throws IOException {
        Assessment a = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2015, 2016), 1);
        view = ReportViewBuilder.of(a, Language.ZH);
        doc = new XWPFDocument(new ByteArrayInputStream(new DocxReport().write(view)));
    }

    /** The text of the body up to the first page break: page 1. */
    private static String firstPage() {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (!(e instanceof XWPFParagraph p)) continue;
            if (p.getCTP().xmlText().contains("w:type=\"page\"")) break;
            b.append(p.getText()).append('\n');
        }
        return b.toString();
    }

    private static List<String> paragraphs(String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    @Test
    void pageOneIsTheTitleAndTheSummaryForLeaders() {
        String page = firstPage();
        assertTrue(page.startsWith("接轨上海评价报告\n"), page);
        assertTrue(page.contains("领导摘要 · 2016"), page);
        assertTrue(page.contains("2016 年共 3 个地区参与排名，丙县以 75 分居首（达标）。"), page);
        assertTrue(page.contains("最值得推进的五项建议"), page);
        assertTrue(page.contains("\n推进医保实时结算。（乙县；补齐可使综合指数最多提高 25 分）"), "the recommendation worth most: " + page);
        assertTrue(page.contains("与 2015 年相比，乙县进步最大（↑ +2.1）。"), page);
        assertFalse(page.contains("退步最大"), "nobody fell: " + page);
        long trends = view.years().stream().flatMap(y -> y.placesWithData().stream()).filter(ReportView.PlaceView::hasTrend).count();
        assertEquals(1 + trends, doc.getCharts().size(), "the ranking chart and a trend chart per place, native charts");
        List<String> charts = doc.getCharts().stream().map(c -> c.getCTChartSpace().xmlText()).toList();
        assertEquals(trends, charts.stream().filter(c -> c.contains("<c:lineChart>")).count(), "trends as line charts");
        List<String> bars = charts.stream().filter(c -> c.contains("<c:barChart>")).toList();
        assertEquals(1, bars.size(), "one ranking chart");
        String chart = bars.get(0);
        assertTrue(chart.contains("<c:barDir val=\"bar\"/>"), chart);
        for (String place : List.of("甲市", "2. 乙县", "1. 丙县", "3. 丁区")) assertTrue(chart.contains("<c:v>" + place + "</c:v>"), place);
    }

    @Test
    void headingsAreWordHeadingStylesWithOutlineLevels() {
        for (int level = 1; level <= 3; level++) {
            var style = doc.getStyles().getStyle("Heading" + level);
            assertEquals("heading " + level, style.getName());
            assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
        }
        List<String> h2 = paragraphs("Heading2");
        for (String place : List.of("甲市 · 2016", "乙县 · 2016", "丙县 · 2016", "乙县 · 2015")) {
            assertTrue(h2.contains(place), place + " in " + h2);
        }
        List<String> h1 = paragraphs("Heading1");
        assertTrue(h1.containsAll(List.of("总览 · 2015", "总览 · 2016", "参考文献", "附录　评价方法")), h1.toString());
        assertTrue(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString().equals("11906"), "A4");
    }

    @Test
    void chineseFontsComeWithTheirCharacterSetSoThatProgramsWithoutThemSubstitute() throws Exception {
        var part = doc.getPackage().getPartsByName(java.util.regex.Pattern.compile("/word/fontTable.xml")).get(0);
        String fonts = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(fonts.contains("<w:font w:name=\"SimSun\"><w:altName w:val=\"宋体\"/>"), fonts);
        assertTrue(fonts.contains("<w:charset w:val=\"86\"/>"), "GB2312 character set: " + fonts);
        assertEquals(DocxStyles.BODY_CJK, doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia());
        assertEquals("zh-CN", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getLangArray(0).getEastAsia());
    }

    @Test
    void listsAreWordListsAndEachPlacesRecommendationsAreNumberedFromOne() {
        List<XWPFParagraph> recs = doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("推进医保实时结算。") || p.getText().startsWith("提高上海项目占比。")).toList();
        assertTrue(recs.size() >= 3, "the top five and the places' lists");
        for (XWPFParagraph p : recs) {
            assertEquals("decimal", p.getNumFmt(), p.getText());
            assertEquals("%1.", p.getNumLevelText(), p.getText());
        }
        Set<java.math.BigInteger> lists = recs.stream().map(XWPFParagraph::getNumID).collect(Collectors.toSet());
        assertTrue(lists.size() >= 3, "a list per place, each from 1: " + lists);
        for (java.math.BigInteger id : lists) {
            var override = doc.getNumbering().getNum(id).getCTNum().getLvlOverrideArray(0);
            assertEquals(1, override.getStartOverride().getVal().intValue());
        }
        XWPFParagraph finding = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("2016 年共 3 个地区参与排名"))
                .findFirst().orElseThrow();
        assertEquals("bullet", finding.getNumFmt());
    }

    @Test
    void tablesAreRealTablesWithARepeatedHeaderRow() {
        List<XWPFTable> tables = doc.getTables();
        XWPFTable summary = tables.stream().filter(t -> t.getRow(0).getCell(1).getText().equals("地区")).findFirst().orElseThrow();
        assertTrue(summary.getRow(0).isRepeatHeader());
        Set<String> places = new java.util.HashSet<>();
        for (int r = 1; r < summary.getNumberOfRows(); r++) places.add(summary.getRow(r).getCell(1).getText());
        assertTrue(places.containsAll(List.of("甲市", "乙县", "丙县", "丁区", "戊市 （对标）")), places.toString());
        String gaps = tables.stream().map(XWPFTable::getText).filter(t -> t.contains("上海项目占比\t30 %")).findFirst().orElseThrow();
        assertTrue(gaps.contains("◐ 部分达标"), gaps);
        assertTrue(gaps.contains("↑ +12.5"), "year-on-year change: " + gaps);
    }

    @Test
    void sourceMarksLinkToTheArticlesCitedWithTheirTitles() {
        String xml = doc.getDocument().xmlText();
        List<String> anchors = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("w:anchor=\"([^\"]+)\"").matcher(xml);
        while (m.find()) anchors.add(m.group(1));
        assertFalse(anchors.isEmpty(), "linked sources");
        Set<String> bookmarks = view.articles().stream().map(ReportView.ArticleRef::anchor).collect(Collectors.toSet());
        assertTrue(bookmarks.containsAll(anchors), anchors + " vs " + bookmarks);
        for (String b : bookmarks) assertTrue(xml.contains("w:name=\"" + b + "\""), "bookmark " + b);
        String refs = doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> t.startsWith("[A08]"))
                .findFirst().orElseThrow();
        assertTrue(refs.contains("嘉兴实施接轨大上海发展战略的调研与思考"), refs);
    }

    @Test
    void englishReportIsInEnglish() throws IOException {
        Assessment a = Fixtures.assess(Fixtures.miniRules(), Fixtures.miniFacts(), List.of(2016), 1);
        try (XWPFDocument en = new XWPFDocument(new ByteArrayInputStream(
                new DocxReport().write(ReportViewBuilder.of(a, Language.EN))))) {
            String all = en.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(all.contains("Summary for leaders · 2016"), all);
            assertTrue(all.contains("County B comes first"), all);
        }
    }
}
