package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place name and a recommendation text holding a table pipe, a line break with a heading behind it and a
 * script tag: every format shows them as text and none lets them change its structure.
 */
class HostileTextTest {
    static final String NAME = "乙|县\n# 注入 <script>alert(1)</script>";
    static final String REC = "推进|医保 <script>x()</script> 实时结算。";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void assess() throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        Path places = facts.resolve("places.yaml");
        Files.writeString(places, Files.readString(places).replace("{id: a, zh: 乙县,",
                "{id: a, zh: \"乙|县\\n# 注入 <script>alert(1)</script>\","));
        Path recs = rules.resolve("recommendations/r.csv");
        Files.writeString(recs, Files.readString(recs).replace(",推进医保实时结算。,", ",\"" + REC.replace("\"", "\"\"") + "\","));
        out = dir.resolve("out");
        Run run = Fixtures.cli("assess", "--rules", rules.toString(), "--facts", facts.toString(), "--year", "2015,2016",
                "--format", "md,html,json,xlsx,docx", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private static String read(String ext) throws IOException {
        return Files.readString(out.resolve("assessment-2015-2016." + ext), StandardCharsets.UTF_8);
    }

    @Test
    void markdownTablesKeepTheirColumnsAndNoHeadingOrHtmlIsInjected() throws IOException {
        String md = read("md");
        assertFalse(md.contains("<script"), "raw HTML passed through");
        assertFalse(md.lines().anyMatch(l -> l.startsWith("# 注入")), "a heading was injected");
        for (String table : md.split("\n\n")) {
            List<String> rows = table.lines().filter(l -> l.startsWith("|")).toList();
            if (rows.isEmpty()) continue;
            long columns = cells(rows.get(0));
            for (String r : rows) assertEquals(columns, cells(r), "columns of " + r);
        }
        assertTrue(md.contains("| — | 乙\\|县 \\# 注入 &lt;script&gt;alert(1)&lt;/script&gt; | 62.5 |"), md); // one place with an index: not ranked
        assertTrue(md.contains("推进\\|医保 &lt;script&gt;x()&lt;/script&gt; 实时结算。"), "recommendation escaped");
    }

    /** Cells of a Markdown table row: pipes not escaped by a backslash. */
    private static long cells(String row) {
        return row.replace("\\|", "").chars().filter(c -> c == '|').count();
    }

    @Test
    void htmlEscapesTheScript() throws IOException {
        String html = read("html");
        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("乙|县\n# 注入 &lt;script&gt;alert(1)&lt;/script&gt;")
                || html.contains("乙|县\n# 注入 &lt;script&gt;alert&#40;1&#41;&lt;&#x2F;script&gt;")
                || html.contains("&lt;script&gt;"), "name shown as text");
    }

    @Test
    void jsonKeepsTheTextAsItIs() throws IOException {
        JsonNode root = new ObjectMapper().readTree(read("json"));
        List<String> names = java.util.stream.StreamSupport.stream(root.get("places").spliterator(), false)
                .map(p -> p.get("place").get("nameZh").asText()).toList();
        assertTrue(names.contains(NAME), names.toString());
    }

    @Test
    void workbookHoldsTheTextAsTextInItsCell() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(out.resolve("assessment-2015-2016.xlsx"))))) {
            boolean name = false;
            boolean rec = false;
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertTrue(c.getCellType() != CellType.FORMULA);
                        if (c.getCellType() != CellType.STRING) continue;
                        name |= c.getStringCellValue().equals(NAME);
                        rec |= c.getStringCellValue().equals(REC);
                    }
                }
            }
            assertTrue(name && rec, "name and recommendation verbatim");
        }
    }

    @Test
    void wordShowsTheTextWithoutAddingHeadings() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("assessment-2015-2016.docx")))) {
            List<String> h2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()) && p.getText().contains(" · 20"))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("乙县 · 2015", "甲市 · 2016", "乙县 · 2016", "丙县 · 2016", "丁区 · 2016", "戊市 （对标） · 2016")
                    .size(), h2.size(), h2.toString());
            assertTrue(h2.contains("乙|县 # 注入 <script>alert(1)</script> · 2016"), h2.toString());
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(all.contains(REC), "recommendation verbatim");
        }
    }
}
