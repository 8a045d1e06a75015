package cn.tongcheng.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import cn.tongcheng.facts.DecodedText;
import cn.tongcheng.facts.TextDecoder;
import cn.tongcheng.integrity.ContentDigest;
import cn.tongcheng.integrity.TreeLinks;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.rules.table.RuleFiles;

import cn.tongcheng.cache.CacheKey;
import cn.tongcheng.cache.RuleCache;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Builds the rule base of a {@code rules/} folder: reads its plain tables into typed rows (every cell checked),
 * generates the DRL of the criteria, recommendation and diagnosis rows, and compiles it with the hand-written
 * {@code .drl} files into one KieBase. Files under {@code rules/tests/} are rule tests, not rules. Any problem
 * stops the run with every error located at the author's file and row and column, or line.
 */
public final class RuleBaseCompiler {
    private static final ClassLoader LOADER = RuleBaseCompiler.class.getClassLoader();

    private final RuleCache cache;
    private final Consumer<RuleCache.Lookup> onLookup;
    /** The KieBase of the last compile and its key: a later compile of the same DRL by this compiler reuses it. */
    private Kept kept;

    private record Kept(CacheKey key, KieBase kieBase) {
    }

    /** A compiler without a cache: every call compiles. */
    public RuleBaseCompiler() {
        this(RuleCache.off(), lookup -> { });
    }

    /**
     * A compiler that takes the compiled packages from the cache when they were compiled from the same DRL by the
     * same build, and stores them after a compile.
     *
     * @param onLookup told what the cache held, before any compile (the command line says why it recompiles)
     */
    public RuleBaseCompiler(RuleCache cache, Consumer<RuleCache.Lookup> onLookup) {
        this.cache = cache;
        this.onLookup = onLookup;
    }

    /**
     * The rule base of a folder. The tables are always read and checked row by row and the DRL generated; a cache
     * hit skips the sandbox's text check of that DRL and Drools' compile, and the classes it loads pass the same
     * bytecode check as freshly compiled ones ({@link #loadOrBuild} says why this is safe).
     */
    public RuleBase compile(Path rulesDir) {
        ProblemList problems = new ProblemList();
        if (!Files.isDirectory(rulesDir)) {
            problems.add(rulesDir.toString(), 0, "", "rules.no-folder");
            problems.throwIfAny("rules");
        }
        RuleFiles.Contents contents = RuleFiles.read(rulesDir, problems);
        if (contents.read().isEmpty() && problems.isEmpty()) {
            problems.add(rulesDir.toString(), 0, "", "rules.none");
            problems.throwIfAny("rules");
        }
        // a broken sources/ index is the facts' loader's to report; quotes are then checked by none
        ProblemList sourceProblems = new ProblemList();
        cn.tongcheng.sources.SourceLibrary sources = cn.tongcheng.sources.SourceLibrary.besideRules(rulesDir, sourceProblems)
                .filter(library -> sourceProblems.isEmpty()).orElse(null);
        RuleRows rows = new RuleTableReader(problems, sources).read(contents.tables());
        List<RuleFile> files = new ArrayList<>(DrlGenerator.generate(rows));
        java.util.Map<Path, byte[]> digests = new java.util.HashMap<>(contents.digests());
        for (Path p : contents.drl()) read(p, problems, digests).ifPresent(files::add);
        problems.throwIfAny("rules");

        String hash = ContentDigest.of(rulesDir, digests);
        KieBase kieBase = kieBase(rulesDir, hash, files, problems);
        problems.throwIfAny("rules");
        RuleIndex index = new RuleIndex(files, rows, kieBase);
        handWrittenIdsAreFree(files, rows, problems);
        problems.throwIfAny("rules");
        return new RuleBase(kieBase, rows, files, index, contents.notRead(), hash);
    }

    /**
     * The KieBase of checked DRL: the one this compiler made last when the DRL is the same (assess --watch), else from
     * the cache when its entry is this DRL's and passes the bytecode check, else compiled (and stored).
     */
    private KieBase kieBase(Path rulesDir, String hash, List<RuleFile> files, ProblemList problems) {
        CacheKey key = CacheKey.of(hash, files.stream().map(f -> new CacheKey.Source(f.shownName(), f.drl())).toList());
        Kept last = kept;
        if (last != null && last.key().equals(key)) {
            onLookup.accept(new RuleCache.Lookup(RuleCache.Outcome.KEPT, List.of(), null, ""));
            return last.kieBase();
        }
        KieBase kieBase = loadOrBuild(rulesDir, key, files, problems);
        if (kieBase != null) kept = new Kept(key, kieBase);
        return kieBase;
    }

    /**
     * An entry is written only after this DRL passed the text sandbox and the bytecode check under this build, and
     * its MAC proves that this user's Tongcheng wrote it: a hit skips the text sandbox (its verdict is in the key;
     * run on the DRL of rules/, it could say nothing of a forged entry anyway), and the classes it loads pass the
     * bytecode check again, so that no code the sandbox refuses ever runs even if the secret were stolen.
     */
    private KieBase loadOrBuild(Path rulesDir, CacheKey key, List<RuleFile> files, ProblemList problems) {
        RuleCache.Lookup lookup = cache.load(rulesDir, key, LOADER);
        if (lookup.outcome() == RuleCache.Outcome.HIT) {
            ProblemList refused = new ProblemList();
            RuleSandbox.checkCompiled(lookup.packages(), files, refused);
            if (refused.isEmpty()) {
                onLookup.accept(lookup);
                return newKieBase(lookup.packages());
            }
            cache.discard(rulesDir);
            lookup = new RuleCache.Lookup(RuleCache.Outcome.CORRUPT, List.of(), lookup.file(), "bytecode check");
        }
        onLookup.accept(lookup);
        files.forEach(f -> sandbox(f, problems));
        if (!problems.isEmpty()) return null;
        KnowledgeBuilder kb = build(files, problems);
        if (!problems.isEmpty()) return null;
        Collection<KiePackage> packages = kb.getKnowledgePackages();
        cache.store(rulesDir, key, packages);
        return newKieBase(packages);
    }

    /** One KieBase recipe for compiled and cached packages (that of {@code KnowledgeBuilder.newKieBase}). */
    private static KieBase newKieBase(Collection<KiePackage> packages) {
        org.drools.base.RuleBase ruleBase = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration(null, LOADER));
        ruleBase.addPackages(packages);
        return KnowledgeBaseFactory.newKnowledgeBase(ruleBase);
    }

    /** The files of a rule base: its tables and hand-written DRL (for the check that nothing changed during a run). */
    public static List<Path> ruleFiles(Path rulesDir) {
        return RuleFiles.readable(rulesDir);
    }

    /** The content hash a compiled rule base of this folder carries, without compiling it ({@code --version}). */
    public static String hash(Path rulesDir) {
        java.util.Map<Path, byte[]> digests = new java.util.HashMap<>();
        for (Path p : RuleFiles.readable(rulesDir)) {
            try {
                digests.put(p, ContentDigest.sha256(Files.readAllBytes(p)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ContentDigest.of(rulesDir, digests);
    }

    private static java.util.Optional<RuleFile> read(Path p, ProblemList problems, java.util.Map<Path, byte[]> digests) {
        String shown = ShownPath.of(p);
        try {
            byte[] bytes = Files.readAllBytes(p);
            digests.put(p, ContentDigest.sha256(bytes));
            java.util.Optional<DecodedText> text = TextDecoder.decode(bytes, null);
            if (text.isEmpty()) {
                problems.add(shown, 0, "", "file.encoding", "UTF-8, UTF-16, GBK");
            } else if (TextDecoder.binaryLine(text.get().text()) > 0) {
                problems.add(shown, TextDecoder.binaryLine(text.get().text()), "", "file.binary");
            } else {
                return java.util.Optional.of(RuleFile.of(shown, text.get().text(), false));
            }
        } catch (IOException e) {
            problems.add(shown, 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    /** A hand-written rule named like a table row would make two recommendations or diagnoses of one id. */
    private static void handWrittenIdsAreFree(List<RuleFile> files, RuleRows rows, ProblemList problems) {
        java.util.Map<String, String> rowIds = new java.util.HashMap<>();
        rows.advice().forEach(a -> rowIds.put(a.id(), a.origin()));
        rows.criteria().forEach(c -> rowIds.put(c.id(), c.origin()));
        for (RuleFile f : files) {
            if (f.table()) continue;
            f.ruleLines().forEach((name, line) -> {
                if (rowIds.containsKey(name)) {
                    problems.add(f.shownName(), line, "", "catalogue.duplicate", "rule", name, rowIds.get(name));
                }
            });
        }
    }

    /** Rule text may only use the allow-list of {@link RuleSandbox}; checked before Drools sees (and runs) any of it. */
    private static void sandbox(RuleFile f, ProblemList problems) {
        for (RuleSandbox.Violation v : RuleSandbox.check(f.drl())) {
            int line = f.sourceLine(v.drlLine());
            String field = f.table() ? (line == 0 ? "header" : "") : "";
            problems.add(f.shownName(), line, field, v.code(), v.name());
        }
    }

    private static KnowledgeBuilder build(List<RuleFile> files, ProblemList problems) {
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleBaseCompiler.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = kb.batch();
        for (RuleFile f : files) {
            Resource r = ResourceFactory.newByteArrayResource(f.drl().getBytes(StandardCharsets.UTF_8));
            r.setSourcePath(f.shownName());
            batch.add(r, ResourceType.DRL);
        }
        batch.build();
        if (!kb.hasErrors()) RuleSandbox.checkCompiled(kb.getKnowledgePackages(), files, problems);
        List<KnowledgeBuilderError> errors = new ArrayList<>(kb.getErrors());
        // Drools adds this after a parse error; it tells the author nothing the real error does not.
        if (errors.size() > 1) errors.removeIf(e -> e.getMessage().contains("Parser returned a null Package"));
        for (KnowledgeBuilderError e : errors) report(e, files, problems);
        return kb;
    }

    private static void report(KnowledgeBuilderError e, List<RuleFile> files, ProblemList problems) {
        String path = e.getResource() == null ? "" : e.getResource().getSourcePath();
        RuleFile file = files.stream().filter(f -> f.shownName().equals(path)).findFirst().orElse(null);
        int drlLine = e.getLines() == null || e.getLines().length == 0 ? 0 : e.getLines()[0];
        String message = e.getMessage().replaceAll("\\s+", " ").strip();
        if (file == null) {
            problems.add(path.isEmpty() ? "rules" : path, drlLine, "", "rules.compile", message, CompileErrorHint.of(message));
        } else if (file.table()) {
            int row = file.sourceLine(drlLine);
            problems.add(file.shownName(), row, row == 0 ? "header" : "", "rules.compile-table", message,
                    file.drlLine(drlLine), CompileErrorHint.of(message));
        } else {
            problems.add(file.shownName(), drlLine, "", "rules.compile", message, CompileErrorHint.of(message));
        }
    }
}
