package cn.tongcheng.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import cn.tongcheng.Fixtures;
import cn.tongcheng.report.RunDiff;
import cn.tongcheng.cli.Main;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code assess --watch} picks up an edit of a fact file and a broken rule file, awaiting each re-run. */
class AssessWatchTest {
    /** Generous: the re-run is awaited as an event; this bounds a broken build, it is not a pause. */
    static final long MAX_WAIT_S = 120;

    @TempDir
    Path dir;

    @Test
    void reassessesWhenAFactChangesAndPrintsWhatChanged() throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        String[] args = {"assess", "--watch", "--lang", "en", "--rules", rules.toString(), "--facts", facts.toString(),
                "--out", dir.resolve("reports").toString(), "--year", "2016", "--threads", "1"};
        CommandLine cmd = Main.commandLine(args);
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        BlockingQueue<AssessmentWatch.Run> runs = new LinkedBlockingQueue<>();
        cn.tongcheng.cli.AssessCommandAccess.onRun(cmd, runs::add);
        Thread watcher = new Thread(() -> cmd.execute(args));
        watcher.start();
        try {
            AssessmentWatch.Run first = runs.poll(MAX_WAIT_S, TimeUnit.SECONDS);
            assertNotNull(first, "first run");
            assertNull(first.diff());

            Path csv = facts.resolve("facts.csv");
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            Files.writeString(csv, text.replace("a,2016,industry.share,30,", "a,2016,industry.share,40,"), StandardCharsets.UTF_8);
            AssessmentWatch.Run second = runs.poll(MAX_WAIT_S, TimeUnit.SECONDS);
            assertNotNull(second, "re-run after the edit");
            assertTrue(second.changed().contains(csv), second.changed().toString());
            List<RunDiff.Change> a = second.diff().changes().stream().filter(c -> c.placeYear().place().equals("a")).toList();
            RunDiff.Change index = a.stream().filter(c -> c.what().equals("diff.index")).findFirst().orElseThrow();
            assertEquals("64.6", index.before());
            assertEquals("70.8", index.after()); // industry 75 → 100: (83.33… + 100 + 2 × 50) / 4, unrounded
            RunDiff.Change share = a.stream().filter(c -> c.what().equals("diff.indicator-score")).findFirst().orElseThrow();
            assertEquals("industry.share", share.subject());
            assertEquals("75 → 100", share.before() + " → " + share.after());
            assertTrue(out.toString().contains("County A (a) 2016\n  index 64.6 → 70.8"), out.toString());
            assertTrue(second.took().toNanos() > 0);
            assertTrue(out.toString().matches("(?s).*Assessed again in \\d+\\.\\d\\d s\\..*"), out.toString());

            Files.writeString(rules.resolve("criteria/targets.csv"),
                    Files.readString(rules.resolve("criteria/targets.csv")).replace("C-SET,,2016,", "C-SET,,20x6,"));
            AssessmentWatch.Run third = runs.poll(MAX_WAIT_S, TimeUnit.SECONDS);
            assertNotNull(third, "re-run after breaking a rule file");
            assertNotNull(third.problems(), "the broken file is reported and the watch goes on");
            assertTrue(watcher.isAlive());
        } finally {
            watcher.interrupt();
            watcher.join(TimeUnit.SECONDS.toMillis(MAX_WAIT_S));
        }
    }
}
