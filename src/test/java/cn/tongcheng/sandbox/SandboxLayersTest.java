package cn.tongcheng.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.tongcheng.Fixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each layer of the sandbox sees: the attacks fool the textual check, not the checks after it. */
class SandboxLayersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"string-over-line-break.drl", "text-block.drl", "package-without-semicolon.drl",
            "declare-shadowing.drl", "library-package.drl", "reflection.drl", "mvel-condition.drl", "from.drl",
            "system-exit.drl", "static-initialiser.drl", "metadata-quote.drl"})
    void theAttackFoolsTheTextualCheck(String attack) throws IOException {
        String drl = Files.readString(Fixtures.resource("attacks/" + attack), StandardCharsets.UTF_8);
        List<Violation> text = new ArrayList<>();
        TextCheck.check(drl, text);
        assertEquals(List.of(), text, "the textual check alone would let it through");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"string-over-line-break.drl", "package-without-semicolon.drl", "declare-shadowing.drl",
            "mvel-condition.drl", "from.drl", "accumulate.drl", "metadata-quote.drl"})
    void whatDroolsParsedIsRefusedBeforeItCompiles(String attack) throws IOException {
        String drl = Files.readString(Fixtures.resource("attacks/" + attack), StandardCharsets.UTF_8);
        List<Violation> parsed = new ArrayList<>();
        DrlCheck.check(drl, parsed);
        assertFalse(parsed.isEmpty());
    }

    @Test
    void constructsTheCheckDoesNotKnowAreRefused() {
        String head = "package p;\nimport cn.tongcheng.engine.PlaceYear;\n";
        for (String drl : List.of("package p;\nunit Runtime;\nimport cn.tongcheng.engine.PlaceYear;\n",
                head + "rule R timer (int: 1s) when PlaceYear() then end\n",
                head + "rule R salience (1 + 1) when PlaceYear() then end\n",
                head + "rule R enabled (1 == 1) when PlaceYear() then end\n",
                head + "rule R dialect \"mvel\" when PlaceYear() then end\n",
                head + "declare enum E A, B; end\n",
                head + "declare window W PlaceYear() over window:length(2) end\n",
                head + "rule R when PlaceYear() over window:length(2) then end\n",
                head + "rule R when $n : Number() from accumulate(PlaceYear(), myFunction(1)) then end\n",
                head + "rule R when PlaceYear() if (true) do[x] then end\n")) {
            List<Violation> out = new ArrayList<>();
            DrlCheck.check(drl, out);
            assertFalse(out.isEmpty(), drl);
        }
    }

    @Test
    void expressionsKeepToTheirSmallLanguage() {
        Set<String> usable = AllowList.SIMPLE_NAMES;
        for (String ok : List.of("indicator == \"a\\\"b\"", "gap || noData", "indicator in (\"x\", \"y\")",
                "year >= 2016 && Math.abs(score) < 1.5", "String.valueOf(indicator).length() > 1", "kind != null",
                "status == Status.NOT_MET")) {
            List<Violation> out = new ArrayList<>();
            ExpressionCheck.check(ok, 1, usable, Set.of(), out);
            assertEquals(List.of(), out, ok);
        }
        for (String bad : List.of("x = 1", "new Foo()", "a; b", "a ? b : c", "x.{ y }", "'x'", "\"a\nb\"",
                "\"\\u0041\"", "Runtime.getRuntime()", "java.lang.System.exit(0)", "getClass()", "$s.class",
                "def f() { 1 }", "x -> y", "x += 1", "#Foo", "@x", "java.io.File")) {
            List<Violation> out = new ArrayList<>();
            ExpressionCheck.check(bad, 1, usable, Set.of(), out);
            assertFalse(out.isEmpty(), bad);
        }
    }

    /**
     * An expression reaches only what the allowed types' methods return: so those methods must return allowed
     * types (or primitives, void, or plain JDK values such as arrays and streams of them), never a class
     * loader, a thread, a file or the engine.
     */
    @Test
    void noAllowedTypeHandsOutAClassOrTheJvm() {
        Set<String> dangerous = Set.of("java.lang.Class", "java.lang.ClassLoader", "java.lang.Module", "java.lang.Thread",
                "java.lang.Runtime", "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.System");
        for (String fqn : (Iterable<String>) java.util.stream.Stream.concat(AllowList.MODEL.stream(), AllowList.JDK.stream())::iterator) {
            for (Method m : AllowList.load(fqn).getMethods()) {
                if (AllowList.forbiddenMember(m.getName())) continue;
                String r = m.getReturnType().getName();
                assertFalse(dangerous.contains(r) || r.startsWith("java.lang.reflect.") || r.startsWith("java.lang.invoke."),
                        fqn + "." + m.getName() + " returns " + r);
            }
        }
    }

    @Test
    void theModelTypesHandOutOnlyAllowedTypes() {
        for (String fqn : AllowList.MODEL) {
            Class<?> c = AllowList.load(fqn);
            assertTrue(c != null, fqn);
            for (Method m : c.getMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                        || AllowList.forbiddenMember(m.getName())) continue;
                Class<?> r = m.getReturnType();
                while (r.isArray()) r = r.getComponentType();
                assertTrue(r.isPrimitive() || AllowList.allowedClass(r.getName()) || r.getName().startsWith("java.util.stream.")
                        || r.isEnum() && r.getName().startsWith("cn.tongcheng.") || r == Enum.class, fqn + "." + m.getName() + " returns " + r.getName());
            }
        }
    }
}
