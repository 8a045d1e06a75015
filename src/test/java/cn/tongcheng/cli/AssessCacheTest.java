package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code assess} says about the cache of compiled rule bases: nothing on a hit, one line when it compiles again. */
class AssessCacheTest {
    @TempDir
    Path dir;

    Fixtures.Run assess(Path rules, String lang, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("assess", "--lang", lang, "--rules", rules.toString(),
                "--facts", Fixtures.miniFacts().toString(), "--year", "2016", "--out", dir.resolve("reports").toString()));
        args.addAll(List.of(more));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    @Test
    void anEditOrADamagedEntryIsSaidOnceAndTheRunGoesOn() throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        String cache = dir.resolve("cache").toString();
        Fixtures.Run first = assess(rules, "en", "--cache-dir", cache);
        assertEquals(0, first.exitCode(), first.err());
        assertFalse(first.err().contains("compiling it again"), first.err());
        Fixtures.Run hit = assess(rules, "en", "--cache-dir", cache);
        assertEquals(0, hit.exitCode(), hit.err());
        assertFalse(hit.err().contains("compiling it again"), hit.err());
        assertEquals(first.out().replace(dir.toString(), ""), hit.out().replace(dir.toString(), ""));

        Path targets = rules.resolve("criteria/targets.csv");
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                .replace("C-SHARE,,,,industry.share,40,", "C-SHARE,,,,industry.share,20,"), StandardCharsets.UTF_8);
        Fixtures.Run edited = assess(rules, "en", "--cache-dir", cache);
        assertEquals(0, edited.exitCode(), edited.err());
        assertTrue(edited.err().contains("The rule base changed since it was last compiled: compiling it again."), edited.err());
        assertFalse(edited.out().equals(hit.out()), "the edit shows in the assessment");

        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                .replace("C-SHARE,,,,industry.share,20,", "C-SHARE,,,,industry.share,30,"), StandardCharsets.UTF_8);
        Fixtures.Run zh = assess(rules, "zh", "--cache-dir", cache);
        assertTrue(zh.err().contains("规则库自上次编译后已修改：重新编译。"), zh.err());

        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            for (Path entry : s.filter(p -> p.toString().endsWith(".kbase")).toList()) Files.writeString(entry, "damaged");
        }
        Fixtures.Run damaged = assess(rules, "en", "--cache-dir", cache);
        assertEquals(0, damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().contains("is damaged or not trusted (not a cache entry): compiling it again."), damaged.err());
        assertEquals(1, damaged.err().lines().filter(l -> l.contains("compiling it again")).count());
        Fixtures.Run again = assess(rules, "en", "--cache-dir", cache);
        assertFalse(again.err().contains("compiling it again"), again.err());
    }

    @Test
    void noCacheWritesNothing() {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Fixtures.Run run = assess(rules, "en", "--no-cache", "--cache-dir", dir.resolve("cache").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(dir.resolve("cache")));
    }
}
