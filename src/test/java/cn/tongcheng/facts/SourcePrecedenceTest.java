package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.problem.ProblemList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precedence table as policy staff keep it: a plain CSV, Chinese headers and labels, saved by Excel in GBK. */
class SourcePrecedenceTest {
    @TempDir
    Path dir;

    @Test
    void theShippedTableRanksStatisticsFirst() {
        ProblemList problems = new ProblemList();
        SourcePrecedence p = SourcePrecedence.read(Path.of("rules"), problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(SourceKind.STATISTICS, SourceKind.DEPARTMENT, SourceKind.DOCUMENT), p.order());
    }

    @Test
    void chineseHeadersAndLabelsInGbkAreRead() throws Exception {
        Files.createDirectories(dir.resolve("sources"));
        Files.write(dir.resolve(SourcePrecedence.FILE), "名次,来源类型,理由\r\n2,文件,\r\n1,部门台账,主管部门的原始记录\r\n"
                .getBytes(Charset.forName("GBK")));
        ProblemList problems = new ProblemList();
        SourcePrecedence p = SourcePrecedence.read(dir, problems);
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals(List.of(SourceKind.DEPARTMENT, SourceKind.DOCUMENT), p.order());
        Fact doc = new Fact("a", 2017, "x", new Value.Number(3), "", "A14", "q", "", "f:2");
        Fact stats = new Fact("a", 2017, "x", new Value.Number(4), "", "统计局", "", "", "f:3", SourceKind.STATISTICS, "表 1", List.of());
        assertEquals(List.of(), p.winner(doc, stats).stream().toList(), "statistics is not ranked: no decision");
    }
}
