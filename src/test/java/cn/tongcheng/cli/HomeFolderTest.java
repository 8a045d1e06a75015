package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;
import cn.tongcheng.rules.RuleBaseCompiler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's launchers set {@code tongcheng.home}: default folders are then those of the release. */
class HomeFolderTest {
    @TempDir
    Path home;

    @AfterEach
    void noHome() {
        System.clearProperty(HomeFolder.PROPERTY);
    }

    @Test
    void withAHomeTheDefaultRulesFactsAndReportsAreItsFolders() {
        Fixtures.copy(Fixtures.miniRules(), home.resolve("rules"));
        Fixtures.copy(Fixtures.miniFacts(), home.resolve("facts"));
        System.setProperty(HomeFolder.PROPERTY, home.toString());
        Run run = Fixtures.cli("assess", "--lang", "en", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(home.resolve("reports/assessment-2016.json")), run.out());
    }

    @Test
    void pathsGivenOnTheCommandLineStayAsGiven() {
        System.setProperty(HomeFolder.PROPERTY, home.toString());
        Run run = Fixtures.cli("assess", "--lang", "en", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--format", "json", "--out", home.resolve("elsewhere").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(home.resolve("elsewhere/assessment-2016.json")));
        assertFalse(Files.exists(home.resolve("reports")));
    }

    @Test
    void versionNamesTheBuiltVersionAndTheHashOfTheRulesThatWouldBeRead() {
        Fixtures.copy(Fixtures.miniRules(), home.resolve("rules"));
        System.setProperty(HomeFolder.PROPERTY, home.toString());
        Run run = Fixtures.cli("--version", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("tongcheng \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), lines[0]);
        assertEquals("rule base " + home.resolve("rules") + ": " + RuleBaseCompiler.hash(home.resolve("rules")), lines[1]);
        assertEquals(RuleBaseCompiler.hash(home.resolve("rules")),
                new RuleBaseCompiler().compile(home.resolve("rules")).hash(), "the hash a compiled rule base carries");
    }
}
