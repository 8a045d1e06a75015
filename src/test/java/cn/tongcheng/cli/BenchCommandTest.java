package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;

/** {@code bench} on a tiny workload: what it prints, not how fast (figures come from real runs, see docs/performance.md). */
class BenchCommandTest {
    private static Run bench(String threads) {
        return Fixtures.cli("bench", "--rules", Fixtures.miniRules().toString(), "--places", "12,30", "--years", "2",
                "--threads", threads, "--lang", "en");
    }

    @Test
    void everySizeHasItsRowWithTheColumnsOfIssue17AndAgrees() {
        Run run = bench("2");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        String head = lines.stream().filter(l -> l.startsWith("| places")).findFirst().orElseThrow();
        for (String column : List.of("compile s (cache miss)", "compile s (cache hit)", "Drools s", "baseline s",
                "Drools/baseline", "unit-years/s", "peak heap MiB", "heap after GC MiB", "identical"))
            assertTrue(head.contains("| " + column + " |"), head);
        List<String> rows = lines.stream().filter(l -> l.matches("\\| \\d+ \\| 2 \\| .*")).toList();
        assertEquals(2, rows.size(), run.out());
        assertTrue(rows.get(0).startsWith("| 12 | 2 | 24 | "), rows.get(0));
        assertTrue(rows.get(1).startsWith("| 30 | 2 | 60 | "), rows.get(1));
        for (String row : rows) {
            assertTrue(row.endsWith("| 2 | yes |"), row);
            assertTrue(row.matches("\\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\| .*"), row); // compile on a cache miss and a hit
        }
    }

    @Test
    void progressGoesToStderrAndEndsAtEverySize() {
        Run run = bench("1");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("bench: 12 places: 24 of 24 place-years through Drools (100 %)"), run.err());
        assertTrue(run.err().contains("bench: 30 places: 60 of 60 place-years through Drools (100 %)"), run.err());
        assertTrue(run.out().lines().noneMatch(l -> l.startsWith("bench:")), run.out());
    }
}
