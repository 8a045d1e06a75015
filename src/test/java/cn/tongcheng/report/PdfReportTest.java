package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF report read back with poppler: the summary for leaders on page 1 with its chart, a Chinese font
 * embedded, the headings as bookmarks, nothing beyond the page; and a clear error when no usable font exists.
 */
class PdfReportTest {
    @TempDir
    Path dir;

    private Run assess(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("assess", "--rules", Fixtures.miniRules().toString(),
                "--facts", Fixtures.miniFacts().toString(), "--year", "2015,2016", "--format", "pdf", "--out", dir.toString()));
        args.addAll(List.of(more));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    @Test
    void pdfHasTheSummaryOnPageOneAnEmbeddedChineseFontAndBookmarks() throws Exception {
        Office.assumeInstalled();
        Run run = assess();
        assertEquals(0, run.exitCode(), run.err());
        Path pdf = dir.resolve("assessment-2015-2016.pdf");
        String first = Office.text(pdf, 1, 1, dir);
        assertTrue(first.contains("领导摘要 · 2016"), first);
        assertTrue(first.contains("最值得推进的五项建议"), first);
        assertTrue(first.contains("推进医保实时结算。"), first);
        int bars = Office.pixels(Office.page(pdf, 1, 60, dir),
                DocxReport.TIER_COLOURS.values().stream().map(h -> Integer.parseInt(h, 16)).toList());
        assertTrue(bars > 400, "ranking chart drawn in tier colours: " + bars + " pixels");
        assertFalse(first.contains("差距分析"), "the places come after the summary");

        String fonts = Office.run(dir, "pdffonts", pdf.toString());
        assertTrue(fonts.lines().anyMatch(l -> l.contains("CID TrueType") && l.contains(" yes yes yes ")), fonts);

        List<String> outline = Office.outline(pdf, dir);
        for (String h : List.of("1 领导摘要 · 2016", "乙县 · 2015", "丙县 · 2016", "参考文献", "附录　评价方法")) {
            assertTrue(outline.stream().anyMatch(o -> o.endsWith(h)), h + " in " + outline);
        }
        String all = Office.text(pdf, 1, Office.pages(pdf, dir), dir);
        assertTrue(all.contains("嘉兴实施接轨大上海发展战略的调研与思考"), "article titles");
        for (Office.Word w : Office.words(pdf, dir)) {
            assertTrue(w.xMin() >= 20 && w.xMax() <= w.pageWidth() - 20, "beyond the page: " + w);
        }
    }

    @Test
    void aFontThatCannotBeEmbeddedIsAClearErrorAndNothingIsWritten() throws Exception {
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font");
        System.setProperty(PdfFonts.PROPERTY, notAFont.toString());
        try {
            Run run = assess("--lang", "en");
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(notAFont + " is not a font file with TrueType outlines and Chinese characters"),
                    run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(Files.exists(dir.resolve("assessment-2015-2016.en.pdf")));
        } finally {
            System.clearProperty(PdfFonts.PROPERTY);
        }
    }
}
