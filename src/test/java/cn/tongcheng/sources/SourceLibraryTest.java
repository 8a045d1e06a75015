package cn.tongcheng.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.problem.ProblemList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source documents ship in {@code sources/}: the index is right and every shipped quote stands in them. */
class SourceLibraryTest {
    static final Path SOURCES = Path.of("sources");

    @TempDir
    Path dir;

    @Test
    void theIndexListsTheSixteenArticlesAndThePrefaceEachWhereItsTitleStands() throws Exception {
        ProblemList problems = new ProblemList();
        SourceLibrary lib = SourceLibrary.open(SOURCES, problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(17, lib.articles().size());
        List<String> lines = Files.readAllLines(SOURCES.resolve("briefing-2017.txt"), StandardCharsets.UTF_8);
        for (Article a : lib.articles()) {
            String head = SourceLibrary.normal(String.join("", lines.subList(a.firstLine() - 1, a.firstLine() + 8)));
            String title = SourceLibrary.normal(a.title().split("[·：（]")[0]);
            assertTrue(head.startsWith(title), a.id() + " starts with " + head.substring(0, 20));
        }
        assertTrue(lib.quotedIn(lib.article("A14").orElseThrow(), "来往于嘉善经济技术开发区与上海松江地铁南站的通勤车"));
        assertFalse(lib.quotedIn(lib.article("A13").orElseThrow(), "来往于嘉善经济技术开发区与上海松江地铁南站的通勤车"));
        assertEquals("A08 《嘉兴实施接轨大上海发展战略的调研与思考》，《嘉兴日报》，2016-07-03", lib.article("A08").orElseThrow().citation());
    }

    @Test
    void theReportListsTheArticlesItCitesWithTitles() throws Exception {
        Run run = Fixtures.cli("assess", "--year", "2016", "--format", "md,html", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String md = Files.readString(dir.resolve("assessment-2016.md"), StandardCharsets.UTF_8);
        String refs = md.substring(md.indexOf("## 参考文献"));
        assertTrue(refs.contains("- **A14** 嘉善：通勤车“对接”大上海. 嘉兴在线—嘉兴日报, 2016-11-17"), refs);
        assertFalse(refs.contains("**A00**"), "the preface is cited by nothing: " + refs);
        String html = Files.readString(dir.resolve("assessment-2016.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2>参考文献</h2>"), "the HTML report lists them too");
        assertTrue(html.contains("<strong>A14</strong> 嘉善：通勤车“对接”大上海. 嘉兴在线—嘉兴日报, 2016-11-17</li>"), html);
    }

    @Test
    void theIndexOpensInExcelAsUtf8WithBom() throws Exception {
        byte[] b = Files.readAllBytes(SOURCES.resolve(SourceLibrary.INDEX));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]));
    }

    /** {@code check} on a fresh clone: the quotes of the shipped rules and facts are looked up in sources/. */
    @Test
    void everyShippedQuoteIsFoundInSources() {
        Run run = Fixtures.cli("check", "--lang", "en");
        assertFalse(run.out().contains("check.quote-not-found"), run.out());
        assertFalse(run.out().contains("Quotes not checked"), run.out());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) quotes").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertTrue(Integer.parseInt(m.group(1)) > 500, run.out());
    }

    @Test
    void aQuoteNotInTheSourcesIsNamedWithItsRow() throws Exception {
        Path rules = Fixtures.copy(Path.of("rules"), dir.resolve("rules"));
        Path facts = Fixtures.copy(Path.of("facts"), dir.resolve("facts"));
        Path csv = facts.resolve("a09-a16.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        Files.writeString(csv, text.replace("其中 15.9%来自上海，约有 822 万人次", "其中 15.9%来自上海，约有 900 万人次"), StandardCharsets.UTF_8);
        Run run = Fixtures.cli("check", "--lang", "en", "--rules", rules.toString(), "--facts", facts.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("a09-a16.csv:3: quote: error: check.quote-not-found")), run.out());
    }

    @Test
    void aBrokenIndexIsLocated() throws Exception {
        Path src = Fixtures.copy(SOURCES, dir.resolve("sources"));
        Files.writeString(src.resolve(SourceLibrary.INDEX), "id,title,publisher,date,file,lines\nA01,t,,,briefing-2017.txt,9-3\nA02,t,,,gone.txt,1-2\n");
        ProblemList problems = new ProblemList();
        SourceLibrary.open(src, problems);
        assertEquals(List.of("sources.bad-lines", "sources.no-file"), problems.sorted().stream().map(p -> p.code()).toList());
        assertEquals(2, problems.sorted().get(0).line());
    }
}
