package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word report and the workbook as LibreOffice shows them: converted headless to PDF, read back with poppler
 * and drawn as PNG. Checks what a reader sees: the summary on page 1 with its chart drawn in colour, the headings
 * in the outline (navigation pane), the tables' text, nothing beyond the page, and a workbook printed one page
 * wide in landscape with its colour scale in colour, not black.
 */
class OfficeRenderTest {
    @TempDir
    static Path dir;
    static Path docx;
    static Path xlsx;

    @BeforeAll
    static void write() {
        Office.assumeInstalled();
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--year", "2015,2016", "--format", "docx,xlsx", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        docx = dir.resolve("assessment-2015-2016.docx");
        xlsx = dir.resolve("assessment-2015-2016.xlsx");
    }

    @Test
    void wordReportOpensWithTheSummaryOnPageOneHeadingsTablesAndChart() throws Exception {
        Path pdf = Office.toPdf(docx, dir);
        int pages = Office.pages(pdf, dir);
        assertTrue(pages >= 4 && pages <= 20, "pages: " + pages);

        String first = Office.text(pdf, 1, 1, dir);
        assertTrue(first.contains("接轨上海评价报告"), first);
        assertTrue(first.contains("领导摘要 · 2016"), first);
        assertTrue(first.contains("主要发现"), first);
        assertTrue(first.contains("最值得推进的五项建议"), first);
        assertTrue(first.replace(" ", "").contains("各地综合指数（2016）"), "chart title drawn on page 1: " + first);
        for (String place : List.of("甲市", "乙县", "丙县", "丁区")) assertTrue(first.contains(place), place);
        assertFalse(first.contains("目录"), "the contents come after the summary");

        Path page1 = Office.page(pdf, 1, 60, dir);
        int bars = Office.pixels(page1, DocxReport.TIER_COLOURS.values().stream().map(h -> Integer.parseInt(h, 16)).toList());
        assertTrue(bars > 400, "chart bars drawn in tier colours: " + bars + " pixels");

        List<String> outline = Office.outline(pdf, dir);
        for (String h : List.of("1 领导摘要 · 2016", "总览 · 2015", "总览 · 2016", "乙县 · 2016", "乙县 · 2015", "参考文献",
                "附录　评价方法")) {
            assertTrue(outline.stream().anyMatch(o -> o.endsWith(h) || o.equals(h)), h + " in the outline " + outline);
        }

        String all = Office.text(pdf, 1, pages, dir);
        assertTrue(all.contains("差距分析"), all);
        assertTrue(all.contains("◐ 部分达标"), "gap table cells");
        assertTrue(all.contains("嘉兴实施接轨大上海发展战略的调研与思考"), "article titles in the list of references");

        for (Office.Word w : Office.words(pdf, dir)) {
            assertTrue(w.xMin() >= 20 && w.xMax() <= w.pageWidth() - 20 && w.yMax() <= w.pageHeight() - 10,
                    "beyond the page: " + w);
        }
    }

    @Test
    void workbookPrintsLandscapeOnePageWideWithItsColourScaleInColour() throws Exception {
        Path pdf = Office.toPdf(xlsx, dir);
        List<double[]> sizes = Office.pageSizes(pdf, dir);
        assertEquals(5, sizes.size(), "one page per sheet: summary, three dimensions, recommendations");
        for (double[] s : sizes) assertTrue(s[0] > s[1], "landscape: " + s[0] + " x " + s[1]);
        String summary = Office.text(pdf, 1, 1, dir);
        assertTrue(summary.contains("接轨上海评价报告 · 总览"), "page header: " + summary);
        assertTrue(summary.matches("(?s).*\\b1 ?/ ?5\\b.*"), "page footer: " + summary);

        Path page1 = Office.page(pdf, 1, 60, dir);
        BufferedImage img = ImageIO.read(page1.toFile());
        int black = Office.pixels(page1, List.of(0x000000));
        assertTrue(black < img.getWidth() * img.getHeight() / 100, "no solid black cells: " + black + " black pixels");
        int coloured = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                int r = (p >> 16) & 255, g = (p >> 8) & 255, b = p & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 80) coloured++;
            }
        }
        assertTrue(coloured > 300, "index cells filled by the colour scale: " + coloured + " coloured pixels");
    }
}
