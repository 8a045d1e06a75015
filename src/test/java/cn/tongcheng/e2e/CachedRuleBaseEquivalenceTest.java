package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.cache.RuleCache;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped rule base loaded from the cache assesses every year exactly as the golden file of the compiled one says. */
class CachedRuleBaseEquivalenceTest {
    @TempDir
    Path dir;

    @Test
    void aCacheHitAssessesTheShippedFactsAsACompileDoes() throws IOException {
        RuleCache cache = RuleCache.at(dir, dir.resolve("secret"));
        List<RuleCache.Outcome> outcomes = new ArrayList<>();
        new RuleBaseCompiler(cache, l -> outcomes.add(l.outcome())).compile(Path.of("rules"));
        // a second compiler, as a second run would: it reads the entry the first one wrote
        RuleBaseCompiler compiler = new RuleBaseCompiler(cache, l -> outcomes.add(l.outcome()));
        Assessor.Request req = new Assessor.Request(Path.of("rules"), Path.of("facts"), MigrationEquivalenceTest.years(),
                List.of(), 2, null);
        Assessor.Inputs inputs = Assessor.load(req, compiler);
        assertEquals(List.of(RuleCache.Outcome.ABSENT, RuleCache.Outcome.HIT), outcomes);
        RuleBase cached = inputs.ruleBase();
        Assessment a = Assessor.assess(req, inputs, ProgressListener.NONE);
        assertEquals(cached.hash(), a.rulesHash());

        List<String> got = MigrationEquivalenceTest.project(a).lines().toList();
        List<String> want;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(MigrationEquivalenceTest.GOLDEN))) {
            want = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) assertEquals(want.get(i), got.get(i), "line " + (i + 1));
        assertEquals(want.size(), got.size(), "lines");
    }
}
