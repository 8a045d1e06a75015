package cn.tongcheng.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.problem.InvalidInputException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs a run reports on are the bytes it read; a report set appears whole or not at all; one writer per --out. */
class IntegrityTest {
    @TempDir
    Path dir;
    Path rules;
    Path facts;
    Path factFile;

    @BeforeEach
    void copies() {
        rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        facts = Fixtures.copy(Fixtures.miniFacts(), dir.resolve("facts"));
        factFile = facts.resolve("facts.csv");
    }

    private Assessor.Inputs load() {
        return Assessor.load(new Assessor.Request(rules, facts, List.of(), List.of(), 1, null));
    }

    @Test
    void theHashesAreOfTheBytesThatWereRead() throws IOException {
        Assessor.Inputs before = load();
        String original = Files.readString(factFile, StandardCharsets.UTF_8);
        Files.writeString(factFile, original.replace("d,2016,industry.share,10,", "d,2016,industry.share,35,"), StandardCharsets.UTF_8);
        Assessor.Inputs after = load();
        assertNotEquals(before.factBase().hash(), after.factBase().hash());
        assertEquals(before.ruleBase().hash(), after.ruleBase().hash());
        Files.writeString(factFile, original, StandardCharsets.UTF_8);
        assertEquals(before.factBase().hash(), load().factBase().hash(), "the same bytes give the same hash");
    }

    @Test
    void aFileChangedAddedOrDeletedAfterReadingIsNamed() throws IOException {
        Assessor.Inputs read = load();
        String rulesHash = read.ruleBase().hash();
        String factsHash = read.factBase().hash();
        InputsUnchanged.verify(rules, rulesHash, facts, factsHash);

        Files.writeString(factFile, Files.readString(factFile, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        Path added = rules.resolve("diagnosis/new.drl");
        Files.writeString(added, "package x;\n", StandardCharsets.UTF_8);
        Path deleted = rules.resolve("recommendations/r.csv");
        Files.delete(deleted);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> InputsUnchanged.verify(rules, rulesHash, facts, factsHash));
        List<String> named = e.problems().stream().map(p -> p.file() + " " + p.message()).toList();
        assertEquals(3, named.size(), named.toString());
        assertTrue(e.problems().stream().allMatch(p -> p.code().equals("file.changed-during-run")), named.toString());
        assertTrue(named.stream().anyMatch(n -> n.contains("facts.csv") && n.contains("the file was changed while")), named.toString());
        assertTrue(named.stream().anyMatch(n -> n.contains("new.drl") && n.contains("was added")), named.toString());
        assertTrue(named.stream().anyMatch(n -> n.contains("r.csv") && n.contains("was deleted")), named.toString());
    }

    private String[] assess(Path out) {
        return new String[] {"assess", "--rules", rules.toString(), "--facts", facts.toString(), "--out", out.toString(),
                "--lang", "en", "--threads", "1"};
    }

    @Test
    void aFullDiskLeavesThePreviousReportsAndNoNewFile() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Fixtures.cli(assess(out)).exitCode());
        Map<String, byte[]> previous = files(out);
        Files.writeString(factFile, Files.readString(factFile, StandardCharsets.UTF_8)
                .replace("d,2016,industry.share,10,", "d,2016,industry.share,35,"), StandardCharsets.UTF_8);
        System.setProperty(AtomicFilesAccess.DISK_FULL_PROPERTY, ".json"); // the second report does not fit
        Fixtures.Run run;
        try {
            run = Fixtures.cli(assess(out));
        } finally {
            System.clearProperty(AtomicFilesAccess.DISK_FULL_PROPERTY);
        }
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("option.out-unwritable") && run.err().contains("No space left on device"), run.err());
        Map<String, byte[]> now = files(out);
        assertEquals(previous.keySet(), now.keySet(), "no new file, temporary or not");
        previous.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, now.get(name)), name));
    }

    @Test
    void aMoveThatFailsPutsTheOldSetBack() throws IOException {
        Path out = Files.createDirectories(dir.resolve("set"));
        Files.writeString(out.resolve("a.md"), "old a");
        Files.writeString(out.resolve("b.json"), "old b");
        Files.createDirectories(out.resolve("c.html").resolve("in-the-way")); // a folder cannot be replaced by a file
        Map<Path, byte[]> set = new java.util.LinkedHashMap<>();
        set.put(out.resolve("a.md"), "new a".getBytes(StandardCharsets.UTF_8));
        set.put(out.resolve("b.json"), "new b".getBytes(StandardCharsets.UTF_8));
        set.put(out.resolve("c.html"), "new c".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> cn.tongcheng.report.AtomicFiles.writeAll(set));
        assertEquals("old a", Files.readString(out.resolve("a.md")));
        assertEquals("old b", Files.readString(out.resolve("b.json")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("a.md", "b.json", "c.html"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderIsToldSo() throws IOException {
        Path out = dir.resolve("out");
        try (OutLock held = OutLock.acquire(out)) {
            Fixtures.Run run = Fixtures.cli(assess(out));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("--out: option.out-locked: another Tongcheng run is writing reports to " + out), run.err());
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(OutLock.NAME), s.map(p -> p.getFileName().toString()).toList(), "the second run wrote nothing");
        }
        assertEquals(0, Fixtures.cli(assess(out)).exitCode(), "the folder is free again");
    }

    @Test
    void aRunInAnotherProcessHoldsTheFolder() throws Exception {
        Path out = dir.resolve("out");
        List<String> cmd = new java.util.ArrayList<>(Fixtures.java());
        cmd.addAll(List.of(HoldLock.class.getName(), out.toString()));
        Process other = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null && !line.equals("locked")) {
                // JVM notices before the lock is taken
            }
            assertEquals("locked", line, "the other process took the lock");
            Fixtures.Run run = Fixtures.cli(assess(out));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("option.out-locked"), run.err());
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertEquals(0, Fixtures.cli(assess(out)).exitCode(), "a lock dies with its process");
    }

    private static Map<String, byte[]> files(Path d) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(d)) {
            for (Path p : s.filter(x -> !x.getFileName().toString().equals(OutLock.NAME)).toList()) m.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
        return m;
    }

}
