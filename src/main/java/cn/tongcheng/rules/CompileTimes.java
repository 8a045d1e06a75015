package cn.tongcheng.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import cn.tongcheng.cache.RuleCache;

/**
 * The compile of a rule base with a cache miss (compile and store) and a hit (load, bytecode check, KieBase), in
 * this JVM and a cache of its own that is removed afterwards ({@code bench}). A second compiler makes the hit,
 * so that it is read from the cache, not kept in memory.
 *
 * @param missSeconds the compile that finds no entry and writes one
 * @param hitSeconds  the compile that loads that entry
 */
public record CompileTimes(double missSeconds, double hitSeconds) {

    public static CompileTimes measure(Path rulesDir) {
        Path dir;
        try {
            dir = Files.createTempDirectory("tongcheng-cache-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            RuleCache cache = RuleCache.at(dir, dir.resolve("secret"));
            long t0 = System.nanoTime();
            new RuleBaseCompiler(cache, lookup -> { }).compile(rulesDir);
            long t1 = System.nanoTime();
            new RuleBaseCompiler(cache, lookup -> {
                if (lookup.outcome() != RuleCache.Outcome.HIT) throw new IllegalStateException("no cache hit: " + lookup);
            }).compile(rulesDir);
            long t2 = System.nanoTime();
            return new CompileTimes((t1 - t0) / 1e9, (t2 - t1) / 1e9);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind
            }
        }
    }
}
