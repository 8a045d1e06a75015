package cn.tongcheng.cli;

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

/** {@code tongcheng diff}: a change planted in the facts shows up as changed scores, statuses, ranks and recommendations. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private Path run(Path facts, String name) {
        Run r = Fixtures.cli("assess", "--rules", Fixtures.miniRules().toString(), "--facts", facts.toString(),
                "--year", "2016", "--format", "json", "--out", dir.resolve(name).toString());
        assertEquals(0, r.exitCode(), r.err());
        return dir.resolve(name).resolve("assessment-2016.json");
    }

    @Test
    void reportsAPlantedChangeWithBothHashes() throws IOException {
        Path before = run(Fixtures.miniFacts(), "old");
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        Path csv = facts.resolve("facts.csv");
        // County A reaches the share target: industry.share 30 → 40 %
        Files.writeString(csv, Files.readString(csv).replace("a,2016,industry.share,30,", "a,2016,industry.share,40,"));
        Path after = run(facts, "new");

        Run diff = Fixtures.cli("diff", before.toString(), after.toString(), "--lang", "en");
        assertEquals(0, diff.exitCode(), diff.err());
        String out = diff.out();
        assertTrue(out.matches("(?s)Rule base: sha256:\\w+ → sha256:\\w+ \\(unchanged\\).*"), out);
        assertTrue(out.matches("(?s).*Facts: sha256:\\w+ → sha256:\\w+ \\(changed\\).*"), out);
        assertTrue(out.contains("County A (a) 2016\n"), out);
        assertTrue(out.contains("  industry.share: score 75 → 100"), out);
        assertTrue(out.contains("  industry.share: status partly met → met"), out);
        assertTrue(out.contains("  index 64.6 → 70.8"), out);
        assertTrue(out.contains("  tier catching-up → on-track"), out);
        assertTrue(out.contains("  − recommendation R-SHARE: Raise the share of projects from Shanghai."), out);
        assertFalse(out.contains("(b) 2016"), "unchanged places are not listed: " + out);
    }

    @Test
    void aPlaceThatLosesAScoredIndicatorIsADifference() throws IOException {
        Path before = run(Fixtures.miniFacts(), "old");
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path targets = rules.resolve("criteria/targets.csv");
        // the bus criterion now applies to districts only: the counties lose a scored indicator
        Files.writeString(targets, Files.readString(targets).replace("C-BUS,county/district", "C-BUS,district"));
        Run r = Fixtures.cli("assess", "--rules", rules.toString(), "--facts", Fixtures.miniFacts().toString(),
                "--year", "2016", "--format", "json", "--out", dir.resolve("new").toString());
        assertEquals(0, r.exitCode(), r.err());
        Run diff = Fixtures.cli("diff", before.toString(), dir.resolve("new/assessment-2016.json").toString(), "--lang", "en");
        assertEquals(0, diff.exitCode(), diff.err());
        assertFalse(diff.out().contains("No differences"), diff.out());
        assertTrue(diff.out().contains("  transport.bus: no longer assessed (score was 100)"), diff.out());
    }

    @Test
    void sameRunHasNoDifferences() {
        Path before = run(Fixtures.miniFacts(), "old");
        Run diff = Fixtures.cli("diff", before.toString(), before.toString(), "--lang", "en");
        assertEquals(0, diff.exitCode());
        assertTrue(diff.out().contains("No differences"), diff.out());
    }

    @Test
    void notAReportIsInvalidInput() throws IOException {
        Path bogus = Files.writeString(dir.resolve("x.json"), "{\"a\": 1}");
        Run diff = Fixtures.cli("diff", bogus.toString(), dir.resolve("missing.json").toString(), "--lang", "en");
        assertEquals(2, diff.exitCode());
        assertTrue(diff.err().contains("not a Tongcheng JSON report"), diff.err());
        assertTrue(diff.err().contains("cannot read the file"), diff.err());
    }
}
