package cn.tongcheng.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source list: the shipped one read whole, a bad row named by file and line, an absent list not an error. */
class ArticlesTest {
    @TempDir
    Path dir;

    @Test
    void theShippedListHoldsTheSeventeenSourceDocuments() {
        Articles a = Articles.read(Path.of("sources"));
        assertEquals(17, a.byId().size());
        assertEquals("嘉兴实施接轨大上海发展战略的调研与思考", a.get("A08").orElseThrow().title());
        assertEquals("2016-07-03", a.get("A08").orElseThrow().date());
    }

    @Test
    void aRowWithoutTitleIsALocatedProblemAndNoReportIsWritten() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("articles.csv"), "id,title,publisher,date\nA01,Title,,\nA02,,pub,2006\n");
        Path out = dir.resolve("out");
        Run run = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts", Fixtures.miniFacts().toString(),
                "--sources", sources.toString(), "--format", "md", "--out", out.toString(), "--lang", "en");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(sources.resolve("articles.csv") + ":3: title: sources.missing-field: the row has no title"),
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void withoutAListTheReportsShowTheIdsAlone() {
        assertTrue(Articles.read(dir.resolve("none")).byId().isEmpty());
    }
}
