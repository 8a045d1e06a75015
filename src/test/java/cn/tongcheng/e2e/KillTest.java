package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any point leaves every previous report whole: {@code assess} runs as a separate JVM and
 * is killed (SIGKILL) before it writes, while its first report's temporary file is complete but not yet
 * moved, and between its two reports. Every report file is then either the old one or a complete new one,
 * and nothing but the reports is visible in the folder; the next run clears the leftover temporary files.
 */
class KillTest {
    @TempDir
    Path dir;

    Path rules;
    Path facts;
    Path out;
    Map<String, byte[]> previous;
    Map<String, byte[]> next;

    @BeforeEach
    void previousAndNextReports() throws IOException {
        rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        out = dir.resolve("out");
        assertEquals(0, Fixtures.cli(args(out)).exitCode());
        previous = reports(out);
        // new facts, so that a new report differs from the previous one
        Path f = facts.resolve("facts.csv");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("d,2016,industry.share,10,", "d,2016,industry.share,35,"),
                StandardCharsets.UTF_8);
        Path other = dir.resolve("next");
        assertEquals(0, Fixtures.cli(args(other)).exitCode());
        next = reports(other);
        assertEquals(previous.keySet(), next.keySet());
        previous.forEach((name, bytes) -> assertFalse(java.util.Arrays.equals(bytes, next.get(name)), name));
    }

    @Test
    void killedWhileAssessingLeavesThePreviousReports() throws Exception {
        Process p = start(null);
        while (!log().contains("tongcheng.test.pause-while-assessing")) {
            assertTrue(p.isAlive(), () -> "the run ended before assessing: " + log());
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        assertReportsAre(previous, previous.keySet());
    }

    @Test
    void killedWithACompleteTemporaryFileLeavesThePreviousReports() throws Exception {
        Process p = start(".md");
        awaitTemporaryFile(p, ".md");
        p.destroyForcibly().waitFor();
        assertReportsAre(previous, previous.keySet());
    }

    @Test
    void killedBetweenTwoReportsLeavesEachWholeOldOrNew() throws Exception {
        Process p = start(".json");
        awaitTemporaryFile(p, ".json");
        p.destroyForcibly().waitFor();
        Map<String, byte[]> now = reports(out);
        assertEquals(previous.keySet(), now.keySet());
        for (String name : now.keySet()) {
            byte[] expected = name.endsWith(".json") ? previous.get(name) : next.get(name);
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(now.get(name), StandardCharsets.UTF_8), name);
        }
        assertOnlyReportsVisible();
        assertEquals(0, Fixtures.cli(args(out)).exitCode());
        assertReportsAre(next, next.keySet());
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.filter(x -> x.getFileName().toString().endsWith(".tmp")).toList(),
                    "the next run removes the temporary files of the killed one");
        }
    }

    private String[] args(Path outDir) {
        return new String[] {"assess", "--rules", rules.toString(), "--facts", facts.toString(), "--out", outDir.toString(),
                "--lang", "en", "--threads", "1"};
    }

    /** {@code assess} in its own JVM; with {@code pauseAt}, it stops before moving that report into place. */
    private Process start(String pauseAt) throws IOException {
        List<String> cmd = new ArrayList<>(Fixtures.java());
        if (pauseAt != null) cmd.add("-Dtongcheng.test.pause-before-move=" + pauseAt);
        else cmd.add("-Dtongcheng.test.pause-while-assessing=1");
        cmd.add("cn.tongcheng.cli.Main");
        cmd.addAll(List.of(args(out)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    }

    /**
     * Waits until the paused run has written the temporary file of the report it pauses at and says that it
     * pauses (or has ended, which fails the test). The run pauses only after the file is complete, and before
     * moving it; the reports before it in the set have been moved then.
     */
    private void awaitTemporaryFile(Process p, String pauseAt) throws Exception {
        while (true) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.map(x -> x.getFileName().toString()).anyMatch(n -> n.endsWith(".tmp") && n.contains(pauseAt))
                        && log().contains("tongcheng.test.pause-before-move")) {
                    return;
                }
            }
            assertTrue(p.isAlive(), () -> "the run ended before writing: " + log());
            Thread.sleep(20);
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("run.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void assertReportsAre(Map<String, byte[]> expected, Iterable<String> names) throws IOException {
        Map<String, byte[]> now = reports(out);
        assertEquals(expected.keySet(), now.keySet());
        for (String name : names) assertArrayEquals(expected.get(name), now.get(name), name);
        assertOnlyReportsVisible();
    }

    private void assertOnlyReportsVisible() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            List<String> visible = s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
            assertEquals(List.copyOf(previous.keySet()), visible);
        }
    }

    private static Map<String, byte[]> reports(Path outDir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(outDir)) {
            for (Path p : s.filter(x -> !x.getFileName().toString().startsWith(".")).toList()) {
                m.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
