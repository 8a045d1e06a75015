package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Rules that do not stop, and conditions that throw, end the run with exit 2 naming the rule (file:line)
 * and the place-year, within the limits given by --max-firings and --max-seconds. Each case runs
 * {@code assess} in its own JVM, since a computation inside one firing can only be ended with the process.
 */
class RunawayTest {
    @TempDir
    Path dir;

    private static final String HEAD = "package test.runaway;\nimport cn.tongcheng.engine.PlaceYear;\n";

    static Stream<Arguments> runaways() {
        return Stream.of(
                Arguments.of("a rule that re-fires itself through update",
                        HEAD + "rule \"AGAIN\"\nwhen\n    $p : PlaceYear()\nthen\n    update($p);\nend\n",
                        "rules.runaway-firings", "runaway.drl:3", "AGAIN"),
                Arguments.of("endless inserts of allowed types",
                        HEAD + "rule \"SEED\"\nwhen\n    PlaceYear()\nthen\n    insert(\"a\");\nend\n"
                                + "rule \"MORE\"\nwhen\n    $s : String()\nthen\n    insert($s + \"a\");\nend\n",
                        "rules.runaway-firings", "runaway.drl:9", "MORE"),
                Arguments.of("a loop in an action",
                        HEAD + "rule \"SPIN\"\nwhen\n    PlaceYear()\nthen\n    int i = 0;\n    while (i >= 0) { i = (i + 1) % 10; }\nend\n",
                        "rules.runaway-time", "runaway.drl:3", "SPIN"),
                Arguments.of("a function that spins inside a condition",
                        HEAD + "function boolean spin() {\n    int i = 0;\n    while (i >= 0) { i = (i + 1) % 10; }\n    return true;\n}\n"
                                + "rule \"COND\"\nwhen\n    PlaceYear()\n    eval(spin())\nthen\nend\n",
                        "rules.runaway-time", "", "2 s"),
                Arguments.of("a condition that throws",
                        HEAD + "rule \"THROWS\"\nwhen\n    PlaceYear(kind.substring(100) == \"x\")\nthen\nend\n",
                        "rules.condition-failed", "runaway.drl:3", "THROWS"),
                Arguments.of("an eval that throws",
                        HEAD + "function int zero() { return 0; }\nrule \"DIVIDES\"\nwhen\n    PlaceYear()\n    eval(1 / zero() == 0)\nthen\nend\n",
                        "rules.condition-failed", "runaway.drl:4", "DIVIDES"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runaways")
    void theRunEndsWithExit2NamingTheRuleAndThePlaceYear(String what, String drl, String code, String at, String name)
            throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Files.writeString(rules.resolve("recommendations/runaway.drl"), drl, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(Fixtures.java());
        cmd.addAll(List.of("cn.tongcheng.cli.Main", "assess", "--rules", rules.toString(), "--facts",
                Fixtures.miniFacts().toString(), "--out", dir.resolve("out").toString(), "--lang", "en", "--threads", "1",
                "--max-firings", "1000", "--max-seconds", "2"));
        Path log = dir.resolve("run.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run ended");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.lines().anyMatch(l -> l.contains(at) && l.contains(code) && l.contains(name)
                && l.matches(".*\\b(d|c|city|county)\\b.*\\b20\\d\\d\\b.*")), at + " " + code + " " + name + ": " + out);
        assertFalse(out.contains("\tat "), "no stack trace: " + out);
    }
}
