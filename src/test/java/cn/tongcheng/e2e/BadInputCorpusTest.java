package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code assess} on every case of the bad-input corpus ({@code src/test/resources/bad/<case>/}): the
 * case's files overlay a copy of the small fixtures, and {@code expected.txt} lists every problem the run
 * must report, by location and code, and nothing else. A rejected run exits 2, prints no stack trace and
 * writes nothing; an accepted one lists what it normalised. The corpus is written by
 * {@code src/test/corpus/make-bad-corpus.py}; docs/bad-input.md tabulates it.
 */
class BadInputCorpusTest {
    @TempDir
    Path dir;

    /** What expected.txt says about a case. */
    record Expected(String what, List<String> args, List<String> setup, int exit, List<String> problems,
                    List<String> notices) {
        static Expected read(Path file) throws IOException {
            String what = "";
            List<String> args = new ArrayList<>();
            List<String> setup = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<String> notices = new ArrayList<>();
            int exit = 2;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                if (line.startsWith("# ")) what = line.substring(2);
                else if (line.startsWith("args: ")) args.addAll(List.of(line.substring(6).split(" ")));
                else if (line.startsWith("setup: ")) setup.add(line.substring(7));
                else if (line.startsWith("exit: ")) exit = Integer.parseInt(line.substring(6));
                else if (line.startsWith("notice ")) notices.add(line.substring(7));
                else problems.add(line);
            }
            return new Expected(what, args, setup, exit, problems, notices);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesExactlyItsMessages() throws IOException {
        Path corpus = Fixtures.resource("bad");
        List<Path> cases;
        try (Stream<Path> s = Files.list(corpus)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.stream().filter(c -> !c.getFileName().toString().startsWith("ok-")).count() >= 60, "at least 60 bad inputs");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    private void run(Path caseDir) throws IOException {
        Expected expected = Expected.read(caseDir.resolve("expected.txt"));
        Path root = dir.resolve(caseDir.getFileName().toString());
        Fixtures.copy(Fixtures.miniRules(), root.resolve("rules"));
        Fixtures.copy(Fixtures.miniFacts(), root.resolve("facts"));
        for (String sub : List.of("rules", "facts", "sources")) {
            if (Files.isDirectory(caseDir.resolve(sub))) overlay(caseDir.resolve(sub), root.resolve(sub));
        }
        for (String step : expected.setup()) setUp(root, step);
        Path out = root.resolve("out");
        List<String> args = new ArrayList<>(List.of("assess", "--rules", root.resolve("rules").toString(),
                "--facts", root.resolve("facts").toString(), "--out", out.toString(), "--lang", "en", "--threads", "1"));
        args.addAll(expected.args());
        Fixtures.Run run = Fixtures.cli(args.toArray(String[]::new));
        String context = expected.what() + "\n" + run.err();

        assertEquals(expected.exit(), run.exitCode(), context);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in"), "no stack trace: " + context);
        List<String> listed = run.err().lines().filter(l -> l.startsWith("  ")).toList();
        if (expected.exit() == 0) {
            assertLocated(expected.notices(), listed, context);
            return;
        }
        assertFalse(Files.exists(out), "nothing written to --out");
        assertLocated(expected.problems(), listed, context);
        assertEquals(expected.problems().size(), listed.size(), "exactly the expected problems: " + context);
    }

    /** Each expected {@code path:line: field: code} is printed as {@code /…/path:line: field: code: message}. */
    private static void assertLocated(List<String> expected, List<String> listed, String context) {
        for (String e : expected) {
            assertTrue(listed.stream().anyMatch(l -> l.contains("/" + e + ": ")), "expected " + e + " in " + context);
        }
    }

    private static void overlay(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The setups that cannot be committed as files: folders in place of files, links, pipes, big files. */
    private static void setUp(Path root, String step) throws IOException {
        String[] w = step.split(" ");
        Path p = root.resolve(w[1]);
        switch (w[0]) {
            case "delete" -> delete(p);
            case "mkdir" -> Files.createDirectories(p);
            case "symlink" -> Files.createSymbolicLink(p, root.resolve("no-such-file"));
            case "link" -> Files.createSymbolicLink(p, p.getParent().resolve(w[2]));
            case "fifo" -> {
                assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "mkfifo is not available");
                try {
                    assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", p.toString()).start().waitFor());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case "sparse" -> {
                try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.setLength(Long.parseLong(w[2]));
                }
            }
            case "big" -> {
                StringBuilder b = new StringBuilder("facts:\n");
                String line = "  - {place: a, year: 2014, indicator: industry.share, value: 20, unit: '%', source: test, quote: q}\n";
                while (b.length() < Long.parseLong(w[2])) b.append(line);
                Files.writeString(p, b, StandardCharsets.UTF_8);
            }
            default -> throw new IllegalArgumentException(step);
        }
    }

    private static void delete(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
