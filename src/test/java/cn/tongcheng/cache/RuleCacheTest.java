package cn.tongcheng.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/** The compiled rule base kept between runs: used only when it is the current one, else rebuilt and said why. */
class RuleCacheTest {
    @TempDir
    Path dir;

    Path rules;
    Path facts;
    RuleCache cache;
    final List<RuleCache.Lookup> lookups = new ArrayList<>();

    @BeforeEach
    void setUp() {
        rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        facts = Fixtures.miniFacts();
        cache = RuleCache.at(dir.resolve("cache"), dir.resolve("user/secret"));
    }

    RuleBase compile() {
        return new RuleBaseCompiler(cache, lookups::add).compile(rules);
    }

    RuleCache.Outcome last() {
        return lookups.get(lookups.size() - 1).outcome();
    }

    Assessment assess(RuleBase ruleBase) {
        Assessor.Request req = new Assessor.Request(rules, facts, List.of(2016), List.of(), 1, null);
        Assessor.Inputs loaded = Assessor.load(req);
        return Assessor.assess(req, new Assessor.Inputs(ruleBase, loaded.factBase(), loaded.articles()), ProgressListener.NONE);
    }

    @Test
    void aSecondCompileIsAHitAndAssessesAsAFreshCompileDoes() {
        RuleBase first = compile();
        assertEquals(RuleCache.Outcome.ABSENT, last());
        assertTrue(Files.isRegularFile(cache.entry(rules)));
        RuleBase second = compile();
        assertEquals(RuleCache.Outcome.HIT, last());
        assertEquals(first.hash(), second.hash());
        assertEquals(first.ruleCount(), second.ruleCount());
        RuleBase fresh = new RuleBaseCompiler().compile(rules);
        assertEquals(shown(assess(fresh)), shown(assess(second)));
        assertTrue(shown(assess(second)).contains("D-SMALL"), "the hand-written diagnosis fires from the cached rule base");
    }

    @Test
    void anEditedTableRecompilesAndTheEditTakesEffect() throws Exception {
        compile();
        Path targets = rules.resolve("criteria/targets.csv");
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                .replace("C-SHARE,,,,industry.share,40,", "C-SHARE,,,,industry.share,20,"), StandardCharsets.UTF_8);
        RuleBase edited = compile();
        assertEquals(RuleCache.Outcome.CHANGED, last());
        assertEquals(shown(assess(new RuleBaseCompiler().compile(rules))), shown(assess(edited)));
        compile();
        assertEquals(RuleCache.Outcome.HIT, last(), "the edited rule base is cached in its turn");
    }

    @Test
    void aTruncatedOrDamagedEntryIsRebuilt() throws Exception {
        compile();
        Path entry = cache.entry(rules);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        compile();
        assertEquals(RuleCache.Outcome.CORRUPT, last());
        compile();
        assertEquals(RuleCache.Outcome.HIT, last(), "rebuilt and written again");

        byte[] damaged = Files.readAllBytes(entry);
        damaged[damaged.length - 100] ^= 0x40;
        Files.write(entry, damaged);
        RuleBase rebuilt = compile();
        assertEquals(RuleCache.Outcome.CORRUPT, last());
        assertEquals("MAC", lookups.get(lookups.size() - 1).detail());
        assertTrue(rebuilt.ruleCount() > 0);

        Files.writeString(entry, "not an entry");
        compile();
        assertEquals(RuleCache.Outcome.CORRUPT, last());
    }

    @Test
    void anEntryOfAnotherBuildIsNotUsed() {
        RuleBase compiled = compile();
        CacheKey now = lookupKey(compiled);
        cache.store(rules, new CacheKey(now.rulesHash(), now.drlHash(), "tongcheng=0.0.9@2020-01-01;drools=9.44.0"),
                compiled.kieBase().getKiePackages());
        compile();
        assertEquals(RuleCache.Outcome.OTHER_BUILD, last());
        assertTrue(lookups.get(lookups.size() - 1).detail().startsWith("tongcheng=0.0.9"));
        compile();
        assertEquals(RuleCache.Outcome.HIT, last());
    }

    @Test
    void anEntryWrittenUnderAnotherSecretIsNotTrusted() {
        compile();
        RuleCache foreign = RuleCache.at(cache.dir(), dir.resolve("someone-else/secret"));
        List<RuleCache.Lookup> seen = new ArrayList<>();
        new RuleBaseCompiler(foreign, seen::add).compile(rules);
        assertEquals(RuleCache.Outcome.CORRUPT, seen.get(0).outcome());
        assertEquals("MAC", seen.get(0).detail());
    }

    /**
     * An entry under the right key and MAC whose classes do what the sandbox forbids (as if the secret had been
     * stolen) is refused by the bytecode check on loading, and the rule base compiled from the DRL instead.
     */
    @Test
    void loadedClassesPassTheBytecodeCheckOrTheEntryIsRefused() {
        RuleBase compiled = compile();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        kb.add(ResourceFactory.newByteArrayResource(("package test.diagnosis;\n"
                + "rule \"D-SMALL\" when then System.getProperties().clear(); end\n").getBytes(StandardCharsets.UTF_8)),
                ResourceType.DRL);
        assertFalse(kb.hasErrors(), kb.getErrors().toString());
        cache.store(rules, lookupKey(compiled), kb.getKnowledgePackages());
        RuleBase rebuilt = compile();
        assertEquals(RuleCache.Outcome.CORRUPT, last());
        assertEquals("bytecode check", lookups.get(lookups.size() - 1).detail());
        assertEquals(shown(assess(compiled)), shown(assess(rebuilt)));
        compile();
        assertEquals(RuleCache.Outcome.HIT, last(), "the forged entry was replaced by the compiled one");
        assertTrue(KieServices.get() != null);
    }

    /** assess --watch compiles with one compiler: an unchanged rule base is kept, an edit compiled once. */
    @Test
    void oneCompilerKeepsItsRuleBaseWhileTheDrlIsUnchanged() throws Exception {
        RuleBaseCompiler compiler = new RuleBaseCompiler(cache, lookups::add);
        RuleBase first = compiler.compile(rules);
        RuleBase again = compiler.compile(rules);
        assertEquals(RuleCache.Outcome.KEPT, last());
        assertTrue(first.kieBase() == again.kieBase(), "the same KieBase");
        Path targets = rules.resolve("criteria/targets.csv");
        Files.writeString(targets, Files.readString(targets, StandardCharsets.UTF_8)
                .replace("C-SHARE,,,,industry.share,40,", "C-SHARE,,,,industry.share,20,"), StandardCharsets.UTF_8);
        RuleBase edited = compiler.compile(rules);
        assertEquals(RuleCache.Outcome.CHANGED, last());
        assertFalse(first.kieBase() == edited.kieBase());
        assertEquals(shown(assess(new RuleBaseCompiler().compile(rules))), shown(assess(edited)));
    }

    /** Two runs that both miss both compile and write; the entry left is whole, and nothing temporary is left. */
    @Test
    void twoCompilesAtOnceLeaveOneGoodEntry() throws Exception {
        List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    new RuleBaseCompiler(cache, l -> { }).compile(rules);
                } catch (Throwable e) {
                    failed.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failed);
        compile();
        assertEquals(RuleCache.Outcome.HIT, last());
        try (java.util.stream.Stream<Path> s = Files.list(cache.dir())) {
            assertEquals(List.of(cache.entry(rules).getFileName().toString()),
                    s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aKeyOfAnUnknownBuildIsNeitherReadNorWritten() {
        RuleBase compiled = compile();
        CacheKey now = lookupKey(compiled);
        CacheKey unknown = new CacheKey(now.rulesHash(), now.drlHash(), CacheKey.UNKNOWN_BUILD);
        assertEquals(RuleCache.Outcome.OFF, cache.load(rules, unknown, getClass().getClassLoader()).outcome());
        cache.discard(rules);
        cache.store(rules, unknown, compiled.kieBase().getKiePackages());
        assertFalse(Files.exists(cache.entry(rules)));
    }

    @Test
    void offNeitherReadsNorWrites() {
        List<RuleCache.Lookup> seen = new ArrayList<>();
        new RuleBaseCompiler(RuleCache.off(), seen::add).compile(rules);
        assertEquals(RuleCache.Outcome.OFF, seen.get(0).outcome());
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    /** The key the compiler used, read back from the entry it wrote. */
    private CacheKey lookupKey(RuleBase compiled) {
        try {
            return CacheEntry.header(Files.readAllBytes(cache.entry(rules))).orElseThrow().key();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a person sees of an assessment: its Markdown and JSON reports. */
    static String shown(Assessment a) {
        cn.tongcheng.report.ReportView view = cn.tongcheng.report.ReportViewBuilder.of(a, cn.tongcheng.i18n.Language.EN);
        return new String(cn.tongcheng.report.ReportWriter.of(cn.tongcheng.report.ReportFormat.MD).write(view), StandardCharsets.UTF_8)
                + new String(cn.tongcheng.report.ReportWriter.of(cn.tongcheng.report.ReportFormat.JSON).write(view), StandardCharsets.UTF_8);
    }
}
