package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.table.RuleFiles;
import cn.tongcheng.rules.table.TableKind;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the rule tables and the rule sandbox. Any bytes as one table (the first byte picks the table and CSV
 * or XLSX) beside the mini rule base's other tables are read, checked and turned into DRL without an
 * exception: bad cells are located problems, and whatever DRL is generated passes the sandbox, so cell text
 * cannot become code. The sandbox checks any text without failing. A normal test run replays the seeds
 * under {@code RuleTableFuzzTestInputs/}.
 */
class RuleTableFuzzTest {
    private static final List<TableKind> KINDS = List.of(TableKind.values());

    @FuzzTest(maxDuration = "10m")
    void tables(byte[] data) throws IOException {
        if (data == null || data.length == 0) return;
        TableKind kind = KINDS.get((data[0] & 0xff) / 2 % KINDS.size());
        String name = kind.id() + ((data[0] & 1) == 0 ? ".csv" : ".xlsx");
        Path dir = Files.createTempDirectory("fuzz-rules");
        try {
            Fixtures.copy(Fixtures.miniRules().resolve("catalogue"), dir.resolve("catalogue"));
            Files.deleteIfExists(dir.resolve("catalogue").resolve(kind.id() + ".csv"));
            Files.write(dir.resolve(name), Arrays.copyOfRange(data, 1, data.length));
            ProblemList problems = new ProblemList();
            RuleRows rows = new RuleTableReader(problems).read(RuleFiles.read(dir, problems).tables());
            problems.sorted().forEach(p -> assertTrue(!p.file().isEmpty() && !p.code().isEmpty(), p.toString()));
            for (RuleFile f : DrlGenerator.generate(rows)) {
                assertEquals(List.of(), RuleSandbox.check(f.drl()), f.drl());
                assertTrue(f.ruleLines().values().stream().allMatch(line -> line >= 1), f.drl());
            }
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    void sandbox(String drl) {
        if (drl == null) return;
        for (RuleSandbox.Violation v : RuleSandbox.check(drl)) {
            assertTrue(v.drlLine() >= 1 && !v.name().isEmpty(), v.toString());
        }
    }
}
