package cn.tongcheng.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.facts.Place;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Fuzzes the whole rule sandbox with DRL built from the grammar's tokens and the shapes of known attacks
 * (strings over line breaks, text blocks, a package without ";", declares of JDK names, metadata and
 * salience expressions, MVEL conditions, from, accumulate, functions, reflection, library packages): the
 * checks never throw, and DRL that passes them all (text, parsed DRL, compiled bytecode) is compiled and
 * fired, and must then not have written the marker file that every attack payload writes. A normal test
 * run replays the seeds under {@code DrlSandboxFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class DrlSandboxFuzzTest {
    private static final Path MARKER;

    static {
        try {
            MARKER = Files.createTempDirectory("drl-fuzz").resolve("pwned");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String M = MARKER.toString().replace("\\", "/");

    /** What an attack does once it runs: each writes the marker (or would end the JVM, which fails the run). */
    private static final List<String> PAYLOADS = List.of(
            "new java.io.File(\"" + M + "\").createNewFile()",
            "new java.io.FileOutputStream(\"" + M + "\")",
            "java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + M + "\"))",
            "Class.forName(\"java.io.FileOutputStream\").getConstructor(String.class).newInstance(\"" + M + "\")",
            "new ProcessBuilder(\"touch\", \"" + M + "\").start().waitFor()",
            "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + M + "\"}).waitFor()",
            "picocli.AutoComplete.main(new String[] {\"--force\", \"-o\", \"" + M + "\", \"cn.tongcheng.cli.TongchengCommand\"})",
            "new java.util.Formatter(\"" + M + "\").close()",
            "new Formatter(\"" + M + "\").close()",
            "String.valueOf(new File(\"" + M + "\").createNewFile())",
            "\"\".getClass().forName(\"java.io.File\")");

    private static final List<String> PACKAGES = List.of("package fz;", "package fz", "package fz import java.io.File;",
            "package fz import java.util.*;", "package java.lang;", "package cn.tongcheng.engine;", "", "package fz.a;");
    private static final List<String> IMPORTS = List.of("import cn.tongcheng.engine.PlaceYear;", "import cn.tongcheng.engine.*;",
            "import java.util.*;", "import java.io.File;", "import java.io.*;", "import static java.lang.Math.max;",
            "import function java.lang.Math.max;", "import java.util.Formatter;", "import picocli.AutoComplete;",
            "import java.lang.reflect.Method;", "import accumulate java.lang.Object f;", "");
    private static final List<String> DECLARES = List.of("declare Memo note : String end", "declare ProcessBuilder end",
            "declare String end", "declare File end", "declare Formatter end", "declare Evil f : java.io.File end",
            "declare Evil f : int = 1 + 1 end", "declare Evil f : String = \"x\" end", "declare enum E A, B; end",
            "declare trait T end", "declare Evil extends java.io.File end", "");
    private static final List<String> STRINGS = List.of("\"x\"", "'x'", "\"x\n\" + PAYLOAD + \"\"", "'x\" + PAYLOAD + \"'",
            "\"\"\"\n  a \\\"\"\" b\n  \"\"\" + PAYLOAD + \"\"\"\n  c\"\"\"", "\"a\\\"b\"", "\"\\u0022 + PAYLOAD + \\u0022\"",
            "\"x\" + PAYLOAD + \"\"", "PAYLOAD");
    private static final List<String> ATTRIBUTES = List.of("", "salience 10", "salience (PAYLOAD ? 1 : 0)", "dialect \"mvel\"",
            "dialect \"java\"", "no-loop", "enabled true", "enabled (PAYLOAD)", "timer (int: 1s)", "agenda-group \"g\"",
            "date-effective \"1-Jan-2000\"", "duration (1000)");
    private static final List<String> CONDITIONS = List.of("", "kind == STRING", "kind != null", "year > 2000",
            "kind == STRING || year > 2000", "getClass() != null", "kind.getClass().getName() == \"x\"", "this.class != null",
            "kind == (PAYLOAD) + \"\"", "eval(PAYLOAD)", "kind == java.lang.System.getenv(\"HOME\")", "$k : kind",
            "kind = \"x\"", "kind == { PAYLOAD }", "kind == #String(\"x\")", "kind == 'x'");
    private static final List<String> EXTRA_PATTERNS = List.of("", "eval(PAYLOAD)", "eval(true)", "not PlaceYear(year < 0)",
            "$x : Object() from STRING", "$x : Object() from PAYLOAD", "$x : String() from \"a\"",
            "$n : Number() from accumulate(PlaceYear($y : year), sum($y))",
            "$n : Object() from accumulate(PlaceYear(), init(Object o = null;), action(o = PAYLOAD;), result(o))",
            "$n : Number() from accumulate(PlaceYear(), count(PAYLOAD))", "exists PlaceYear(kind == STRING)",
            "$l : java.util.List() from collect(PlaceYear())", "PlaceYear() over window:length(2)");
    private static final List<String> ACTIONS = List.of("", "PAYLOAD;", "String s = STRING;", "System.exit(66);",
            "Object o = PAYLOAD;", "} static { try { PAYLOAD; } catch (Exception e) { } } public static void x() {",
            "drools.getKieRuntime().halt();", "insert(new Memo());", "helper();", "java.util.List<String> xs = new java.util.ArrayList<>();",
            "\\u0053ystem.exit(67);", "// PAYLOAD\n", "/* PAYLOAD */", "String t = \"PAYLOAD\";", "Runnable r = () -> {};",
            "String s = \"\"\"\n    a \\\"\"\" b\n    \"\"\" + PAYLOAD + \"\"\"\n    c\"\"\";");
    private static final List<String> FUNCTIONS = List.of("", "function void helper() { }",
            "function void helper() { try { PAYLOAD; } catch (Exception e) { } }", "function boolean ok() { return true; }",
            "function String helper() { return STRING; }", "function java.io.File helper() { return null; }");
    private static final List<String> METADATA = List.of("", "@zh(\"坏\")", "@en(STRING)", "@en(PAYLOAD)", "@source(\"A01\")");

    /** How far the inputs got: refused before compiling, not compiled, refused as bytecode, fired. */
    private static final java.util.concurrent.atomic.AtomicLongArray STAGES = new java.util.concurrent.atomic.AtomicLongArray(4);

    @org.junit.jupiter.api.AfterAll
    static void figures() {
        if (System.getenv("JAZZER_FUZZ") != null) {
            System.err.println("DrlSandboxFuzzTest: refused before compiling " + STAGES.get(0) + ", not compiled " + STAGES.get(1)
                    + ", refused as bytecode " + STAGES.get(2) + ", compiled and fired " + STAGES.get(3));
        }
    }

    @FuzzTest(maxDuration = "5m")
    void drl(FuzzedDataProvider data) {
        String drl = build(data);
        List<Violation> found = RuleFileCheck.check(drl);
        for (Violation v : found) assertTrue(v.line() >= 0 && !v.name().isEmpty(), v.toString());
        if (!found.isEmpty()) {
            STAGES.incrementAndGet(0);
            return;
        }
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, DrlSandboxFuzzTest.class.getClassLoader()));
        Resource r = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
        r.setSourcePath("fuzz.drl");
        kb.add(r, ResourceType.DRL);
        assertFalse(Files.exists(MARKER), "compiling ran an attack:\n" + drl);
        if (kb.hasErrors()) {
            STAGES.incrementAndGet(1);
            return;
        }
        if (!BytecodeCheck.check(kb.getKnowledgePackages()).isEmpty()) {
            STAGES.incrementAndGet(2);
            return;
        }
        STAGES.incrementAndGet(3);
        KieSession session = kb.newKieBase().newKieSession();
        try {
            session.insert(new PlaceYear(new Place("p", "甲", "P", "county", "", false, Map.of()), 2016));
            session.fireAllRules(50);
        } catch (RuntimeException e) {
            // a rule that fails is the author's problem, not a hole
        } finally {
            session.dispose();
        }
        assertFalse(Files.exists(MARKER), "an attack passed the sandbox:\n" + drl);
    }

    private static String build(FuzzedDataProvider d) {
        StringBuilder s = new StringBuilder();
        s.append(d.pickValue(PACKAGES)).append('\n');
        s.append("import cn.tongcheng.engine.PlaceYear;\n");
        int imports = d.consumeInt(0, 3);
        for (int i = 0; i < imports; i++) s.append(d.pickValue(IMPORTS)).append('\n');
        s.append(d.pickValue(DECLARES)).append('\n');
        s.append(fill(d, d.pickValue(FUNCTIONS))).append('\n');
        int rules = d.consumeInt(1, 2);
        for (int i = 0; i < rules; i++) {
            s.append("rule \"R").append(i).append("\" ").append(fill(d, d.pickValue(METADATA))).append('\n');
            s.append("    ").append(fill(d, d.pickValue(ATTRIBUTES))).append('\n');
            s.append("when\n    PlaceYear(").append(fill(d, d.pickValue(CONDITIONS))).append(")\n");
            s.append("    ").append(fill(d, d.pickValue(EXTRA_PATTERNS))).append('\n');
            s.append("then\n");
            int actions = d.consumeInt(0, 2);
            for (int a = 0; a < actions; a++) s.append("    ").append(fill(d, d.pickValue(ACTIONS))).append('\n');
            s.append("end\n");
        }
        if (d.remainingBytes() > 0 && d.consumeBoolean()) s.append(d.consumeString(40));
        return s.toString();
    }

    private static String fill(FuzzedDataProvider d, String template) {
        String t = template;
        for (int i = 0; i < 3 && t.contains("STRING"); i++) t = t.replaceFirst("STRING", java.util.regex.Matcher.quoteReplacement(d.pickValue(STRINGS)));
        while (t.contains("PAYLOAD")) t = t.replaceFirst("PAYLOAD", java.util.regex.Matcher.quoteReplacement(d.pickValue(PAYLOADS)));
        return t;
    }
}
