package cn.tongcheng.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rule files that try to reach outside the model are refused at compile time, before Drools runs any of them. */
class RuleSandboxTest {
    @TempDir
    Path dir;

    /** A rule file with slots; the forbidden thing goes in one of them, at a known line. */
    private static String drl(String imports, String meta, String condition, String action, String function) {
        return String.join("\n",
                "package test.evil;",                                       // 1
                "import cn.tongcheng.engine.IndicatorScore;",               // 2
                imports,                                                    // 3
                "global cn.tongcheng.engine.ScoreCard card;",               // 4
                "rule \"EVIL\" @zh(\"坏\") " + meta,                        // 5
                "when",                                                     // 6
                "    $s : IndicatorScore(indicator == \"transport.bus\"" + condition + ")", // 7
                "then",                                                     // 8
                "    " + action,                                            // 9
                "end",                                                      // 10
                function,                                                   // 11
                "");
    }

    private static Arguments inImport(String what, String line, String name) {
        return Arguments.of(what, drl(line, "", "", "", ""), 3, "rules.forbidden-import", name);
    }

    private static Arguments inAction(String what, String code, String name) {
        return Arguments.of(what, drl("", "", "", code, ""), 9, "rules.forbidden", name);
    }

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("write a file through a class of a wildcard import",
                        drl("import java.util.*;", "", "", "new Formatter(\"/tmp/pwned.txt\").format(\"x\");", ""),
                        9, "rules.forbidden", "Formatter"),
                Arguments.of("read stdin through a class of a wildcard import",
                        drl("import java.util.*;", "", "", "new Scanner(\"x\");", ""), 9, "rules.forbidden", "Scanner"),
                inImport("read files", "import java.nio.file.Files;", "java.nio.file.Files"),
                inImport("read files (java.io)", "import java.io.*;", "java.io.*"),
                inImport("open sockets", "import java.net.Socket;", "java.net.Socket"),
                inImport("exit through a static import", "import static java.lang.System.exit;", "java.lang.System.exit"),
                inImport("reflection", "import java.lang.reflect.Method;", "java.lang.reflect.Method"),
                inImport("engine internals", "import cn.tongcheng.engine.AssessmentEngine;", "cn.tongcheng.engine.AssessmentEngine"),
                inImport("a function from elsewhere", "import function java.lang.System.exit;", "java.lang.System.exit"),
                inAction("read a file by full name", "java.nio.file.Files.readString(null);", "java.nio.file.Files"),
                inAction("write a file", "new java.io.File(\"x\").delete();", "java.io.File"),
                inAction("open a socket", "new java.net.Socket(\"example.org\", 80);", "java.net.Socket"),
                inAction("open a URL", "new java.net.URL(\"http://example.org\").openStream();", "java.net.URL"),
                inAction("run a process through Runtime", "Runtime.getRuntime().exec(\"rm -rf /\");", "Runtime"),
                inAction("start a process", "new ProcessBuilder(\"ls\").start();", "ProcessBuilder"),
                inAction("exit the JVM", "System.exit(1);", "System"),
                inAction("exit the JVM by full name", "java.lang.System.exit(0);", "java.lang.System"),
                inAction("halt the JVM", "java.lang.Runtime.getRuntime().halt(0);", "java.lang.Runtime"),
                inAction("load a class by name", "Class.forName(\"java.lang.Runtime\");", "Class"),
                inAction("reflect on a fact", "$s.getClass().getMethods();", "getClass"),
                inAction("a class literal", "Object o = String.class;", "class"),
                inAction("start a thread", "new Thread(() -> {}).start();", "Thread"),
                inAction("the context class loader", "Object o = card.getContextClassLoader();", "getContextClassLoader"),
                inAction("the engine's runtime", "drools.getKieRuntime().halt();", "getKieRuntime"),
                inAction("read the environment", "String h = java.lang.System.getenv(\"HOME\");", "java.lang.System"),
                inAction("the JVM's unsafe", "Object u = sun.misc.Unsafe.getUnsafe();", "sun.misc.Unsafe"),
                Arguments.of("a Unicode escape hiding System", drl("", "", "", "\\u0053ystem.exit(0);", ""), 9,
                        "rules.unicode-escape", "\\u"),
                Arguments.of("a Unicode newline ending a comment", drl("", "", "", "// \\u000a Runtime.getRuntime();", ""), 9,
                        "rules.unicode-escape", "\\u"),
                Arguments.of("metadata, which Drools evaluates while compiling",
                        drl("", "@en(java.lang.Runtime.getRuntime().exec(\"x\"))", "", "", ""), 5, "rules.forbidden", "java.lang.Runtime"),
                Arguments.of("a condition", drl("", "", ", eval(System.getenv(\"HOME\") != null)", "", ""), 7,
                        "rules.forbidden", "System"),
                Arguments.of("a function", drl("", "", "", "", "function void f() { System.exit(0); }"), 11,
                        "rules.forbidden", "System"),
                Arguments.of("a declared type's field", drl("", "", "", "", "declare Evil f : java.io.File end"), 11,
                        "rules.forbidden", "java.io.File"),
                Arguments.of("a global", drl("global java.io.PrintStream out;", "", "", "", ""), 3,
                        "rules.forbidden", "java.io.PrintStream"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void forbiddenDrlIsRefusedWithFileLineAndName(String what, String drl, int line, String code, String name)
            throws IOException {
        List<Problem> ps = compileErrors(withFile("recommendations/evil.drl", drl));
        assertTrue(ps.stream().anyMatch(p -> p.file().endsWith("evil.drl") && p.line() == line
                && p.code().equals(code) && p.message().contains(name)), ps.toString());
        assertTrue(ps.stream().allMatch(p -> p.code().startsWith("rules.forbidden") || p.code().equals("rules.unicode-escape")),
                "nothing reached Drools: " + ps);
    }

    @Test
    void forbiddenCodeIsNeverRunWhileCompiling() throws IOException {
        Path canary = dir.resolve("canary");
        String drl = drl("", "@en(new java.io.File(\"" + canary.toString().replace("\\", "/") + "\").createNewFile())", "", "", "");
        compileErrors(withFile("recommendations/evil.drl", drl));
        assertFalse(Files.exists(canary));
    }

    @Test
    void ordinaryRuleTextIsAllowed() {
        String drl = """
                package ok;
                import cn.tongcheng.engine.*;
                import java.util.List;
                import static java.lang.Math.max;
                global cn.tongcheng.engine.ScoreCard card;
                // System.exit(0) in a comment is harmless, /* so is Runtime */ here
                declare Memo note : String end
                function double half(double x) { return Math.max(x, 0) / 2 + Integer.MAX_VALUE * 0; }
                rule "OK" @zh("系统 System 退出 exit") @en('Runtime quoted')
                when
                    $s : IndicatorScore(indicator == "a\\"b", gap || noData, String.valueOf(indicator).length() > 1)
                    PlaceYear(appliesTo("county"), year >= 2016)
                then
                    List<String> xs = new java.util.ArrayList<>();
                    Memo m = new Memo();
                    card.recommend(drools, $s);
                    double d = 1.5e3 + 30L + max(1, 2) + java.lang.Math.abs(-1);
                end
                """;
        assertEquals(List.of(), RuleSandbox.check(drl));
    }

    @Test
    void theShippedRulesPassTheSandbox() {
        Path shipped = Path.of("rules");
        assertTrue(Files.isDirectory(shipped));
        // the hand-written DRL and the DRL generated from the tables
        for (RuleFile f : new RuleBaseCompiler().compile(shipped).files()) {
            assertEquals(List.of(), RuleSandbox.check(f.drl()), f.shownName());
        }
    }

    private Path withFile(String name, String content) throws IOException {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Files.writeString(rules.resolve(name), content, StandardCharsets.UTF_8);
        return rules;
    }

    private static List<Problem> compileErrors(Path rules) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new RuleBaseCompiler().compile(rules));
        assertEquals("rules", e.stage());
        return e.problems();
    }
}
