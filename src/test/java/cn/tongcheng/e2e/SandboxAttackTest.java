package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.tongcheng.Fixtures;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each attack on the rule sandbox (files under {@code src/test/resources/attacks/}, each of which writes a
 * marker file or exits the JVM when the sandbox is not there) is refused: {@code assess} runs in its own JVM,
 * so that an attack that exits the JVM fails this test instead of ending the test run; it must end with
 * exit 2, name the file, line and refused name, and leave no marker file. Most attacks hide their code
 * from the textual check ({@code RuleSandboxLayersTest} shows which), so what refuses them is the check of
 * what Drools parsed or of the bytecode it compiled.
 */
class SandboxAttackTest {
    @TempDir
    Path dir;

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("string-over-line-break.drl", 7, "new java.io.File"),
                Arguments.of("text-block.drl", 13, "java.io.FileOutputStream"),
                Arguments.of("package-without-semicolon.drl", 1, "java.io.FileOutputStream"),
                Arguments.of("declare-shadowing.drl", 7, "ProcessBuilder"),
                Arguments.of("library-package.drl", 11, "picocli.AutoComplete"),
                Arguments.of("reflection.drl", 12, "java.lang.Class"),
                Arguments.of("mvel-condition.drl", 8, "\"x"),
                Arguments.of("from.drl", 9, "\"x"),
                Arguments.of("accumulate.drl", 7, "dialect mvel"),
                Arguments.of("system-exit.drl", 17, "java.lang.System"),
                Arguments.of("static-initialiser.drl", 7, "java.io.FileOutputStream"),
                Arguments.of("metadata-quote.drl", 7, "new java.io.File"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void theAttackIsRefusedAndLeavesNoMarker(String attack, int line, String name) throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path marker = dir.resolve("pwned");
        String drl = Files.readString(Fixtures.resource("attacks/" + attack), StandardCharsets.UTF_8)
                .replace("MARKER", marker.toString().replace("\\", "/"));
        Files.writeString(rules.resolve("recommendations/" + attack), drl, StandardCharsets.UTF_8);

        List<String> cmd = new ArrayList<>(Fixtures.java());
        cmd.addAll(List.of("cn.tongcheng.cli.Main", "assess", "--rules", rules.toString(), "--facts",
                Fixtures.miniFacts().toString(), "--out", dir.resolve("out").toString(), "--lang", "en"));
        Path log = dir.resolve("run.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
        String out = Files.readString(log, StandardCharsets.UTF_8);

        assertFalse(Files.exists(marker), "the attack wrote its marker: " + out);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains(attack + ":" + line + ":") && out.lines().anyMatch(l -> l.contains(attack + ":" + line + ":")
                && l.contains(name)), "names " + attack + ":" + line + " and " + name + ": " + out);
        assertFalse(out.contains("\tat "), "no stack trace: " + out);
        assertFalse(Files.exists(dir.resolve("out")) && listing(dir.resolve("out")).stream().anyMatch(f -> !f.startsWith(".")),
                "no report was written");
    }

    private static List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(x -> x.getFileName().toString()).toList();
        }
    }
}
