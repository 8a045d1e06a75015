package cn.tongcheng.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.tongcheng.facts.DecodedText;
import cn.tongcheng.facts.TextDecoder;
import cn.tongcheng.integrity.ContentDigest;
import cn.tongcheng.integrity.TreeLinks;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles every {@code .drl} file and every decision table ({@code .drl.csv}, {@code .drl.xlsx},
 * {@code .drl.xls}) under {@code rules/} into one KieBase, then runs the catalogue tables to read the
 * dimensions, indicators, tiers and method parameters. Files under {@code rules/tests/} are rule tests,
 * not rules. Any problem stops the run with every error located at the author's file and line or row.
 */
public final class RuleBaseCompiler {
    /** The rule-flow group of the catalogue tables; assessment sessions never focus it. */
    public static final String CATALOGUE_GROUP = "catalogue";

    public RuleBase compile(Path rulesDir) {
        ProblemList problems = new ProblemList();
        if (!Files.isDirectory(rulesDir)) {
            problems.add(rulesDir.toString(), 0, "", "rules.no-folder");
            problems.throwIfAny("rules");
        }
        List<Path> paths = ruleFiles(rulesDir);
        if (paths.isEmpty()) problems.add(rulesDir.toString(), 0, "", "rules.none");
        List<RuleFile> files = new ArrayList<>();
        java.util.Map<Path, byte[]> digests = new java.util.HashMap<>();
        for (Path p : paths) {
            if (TreeLinks.leadsOutside(rulesDir, p)) problems.add(ShownPath.of(p), 0, "", "file.outside-tree");
            else read(p, problems, digests).ifPresent(files::add);
        }
        problems.throwIfAny("rules");
        files.forEach(f -> sandbox(f, problems));
        problems.throwIfAny("rules");

        KnowledgeBuilder kb = build(files, problems);
        problems.throwIfAny("rules");
        RuleOrigins origins = new RuleOrigins(files);
        Catalogue catalogue = readCatalogue(kb.newKieBase(), origins, problems);
        problems.throwIfAny("rules");
        return new RuleBase(withoutCatalogue(kb.newKieBase()), catalogue, files, origins, ContentDigest.of(rulesDir, digests));
    }

    public static List<Path> ruleFiles(Path rulesDir) {
        Path tests = rulesDir.resolve("tests");
        try (Stream<Path> s = Files.walk(rulesDir)) {
            return s.filter(p -> !p.startsWith(tests))
                    .filter(p -> TreeLinks.leadsOutside(rulesDir, p)
                            || Files.isRegularFile(p) && isRuleFile(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isRuleFile(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".drl") || DecisionTableTranslator.isTable(name);
    }

    private static java.util.Optional<RuleFile> read(Path p, ProblemList problems, java.util.Map<Path, byte[]> digests) {
        String shown = ShownPath.of(p);
        try {
            byte[] bytes = Files.readAllBytes(p);
            digests.put(p, ContentDigest.sha256(bytes));
            String name = p.getFileName().toString();
            if (DecisionTableTranslator.isTable(name)) {
                if (!TableLayout.check(shown, bytes, problems)) return java.util.Optional.empty();
                return java.util.Optional.of(RuleFile.of(shown, DecisionTableTranslator.toDrl(name, bytes), true));
            }
            java.util.Optional<DecodedText> text = TextDecoder.decode(bytes, null);
            if (text.isEmpty()) {
                problems.add(shown, 0, "", "file.encoding", "UTF-8, UTF-16, GBK");
            } else if (TextDecoder.binaryLine(text.get().text()) > 0) {
                problems.add(shown, TextDecoder.binaryLine(text.get().text()), "", "file.binary");
            } else {
                return java.util.Optional.of(RuleFile.of(shown, text.get().text(), false));
            }
        } catch (DecisionTableTranslator.TableException e) {
            problems.add(shown, 0, "", "rules.table-unreadable", e.getMessage());
        } catch (IOException e) {
            problems.add(shown, 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    /** Rule text may only use the allow-list of {@link RuleSandbox}; checked before Drools sees (and runs) any of it. */
    private static void sandbox(RuleFile f, ProblemList problems) {
        for (RuleSandbox.Violation v : RuleSandbox.check(f.drl())) {
            int line = f.sourceLine(v.drlLine());
            String field = f.table() ? (line == 0 ? "header" : "") : "";
            problems.add(f.shownName(), line, field, v.code(), v.name());
        }
    }

    /**
     * The KieBase of the assessment sessions: the catalogue rows have done their work, and leaving their
     * empty-conditioned rules in would cost every session an agenda item per row.
     */
    private static KieBase withoutCatalogue(KieBase kieBase) {
        List<String[]> catalogueRules = new ArrayList<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            if (r instanceof RuleImpl impl && CATALOGUE_GROUP.equals(impl.getAgendaGroup())) {
                catalogueRules.add(new String[] {p.getName(), r.getName()});
            }
        }));
        catalogueRules.forEach(r -> kieBase.removeRule(r[0], r[1]));
        return kieBase;
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
        if (!kb.hasErrors()) RuleSandbox.checkCompiled(kb, files, problems);
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

    private static Catalogue readCatalogue(KieBase kieBase, RuleOrigins origins, ProblemList problems) {
        CatalogueBuilder builder = new CatalogueBuilder(origins);
        KieSession session = kieBase.newKieSession();
        try {
            Globals.setIfDeclared(session, "catalogue", builder);
            session.getAgenda().getAgendaGroup(CATALOGUE_GROUP).setFocus();
            // Only the catalogue rows: criteria rows without conditions would otherwise fire too, in MAIN.
            session.fireAllRules(match -> match.getRule() instanceof RuleImpl r
                    && CATALOGUE_GROUP.equals(r.getAgendaGroup()));
        } finally {
            session.dispose();
        }
        return builder.build(problems);
    }

}
