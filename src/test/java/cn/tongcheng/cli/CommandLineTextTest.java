package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** What a person reads on the console: help with exit codes, short option errors in their language, the summary. */
class CommandLineTextTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        CommandLine root = Main.commandLine("--lang", "en");
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            Run run = Fixtures.cli(name, "--help", "--lang", "en");
            assertEquals(0, run.exitCode(), name);
            String help = run.out();
            int at = help.indexOf("Exit codes:");
            assertTrue(at > 0, name + ": " + help);
            String list = help.substring(at);
            for (String code : List.of("  0   the command did what was asked", "  1   internal error", "  2   invalid input",
                    "  3   rule tests failed")) {
                assertTrue(list.contains(code), name + " lists " + code + ": " + list);
            }
        }
        String zh = Fixtures.cli("assess", "--help", "--lang", "zh").out();
        assertTrue(zh.contains("退出码：") && zh.contains("  2   输入有误"), zh);
        assertTrue(zh.contains("docx（Word：第 1 页为领导摘要"), "assess --help names every format: " + zh);
    }

    @Test
    void optionErrorsAreShortAndInTheChosenLanguage() {
        Run run = Fixtures.cli("assess", "--threads", "x", "--lang", "zh");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("tongcheng assess: --threads：\"x\" 不是整数", "运行 \"tongcheng assess --help\" 查看更多说明。"),
                run.err().lines().toList());
        assertEquals("", run.out());

        Run format = Fixtures.cli("assess", "--format", "word", "--lang", "en");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().startsWith("tongcheng assess: --format: \"word\" is not one of md, json, html, xlsx, docx"),
                format.err());
        assertFalse(format.err().contains("Usage:"), "no whole usage");

        Run unknown = Fixtures.cli("assess", "--formt", "md", "--lang", "en");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("tongcheng assess: unknown option --formt; did you mean --format?"), unknown.err());
    }

    @Test
    void anUnknownLanguageIsAClearError() {
        Run run = Fixtures.cli("assess", "--lang", "fr");
        assertEquals(2, run.exitCode());
        // in the system's language, as --lang cannot say which: the JVM's default locale (tests change it)
        assertTrue(run.err().contains("--lang: \"fr\" is not a language of Tongcheng: zh (Chinese) or en (English)")
                || run.err().contains("--lang：\"fr\" 不是同城支持的语言：zh（中文）或 en（英文）"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
    }

    @Test
    void theConsoleSummaryIsInTheReportsLanguageWithoutTerminalCodes() {
        String[] common = {"assess", "--rules", Fixtures.miniRules().toString(), "--facts", Fixtures.miniFacts().toString(),
                "--year", "2016", "--format", "md", "--out", dir.toString()};
        Run zh = Fixtures.cli(concat(common, "--lang", "zh"));
        assertEquals(0, zh.exitCode(), zh.err());
        assertTrue(zh.out().startsWith("已评价 5 个地区年度"), zh.out());
        assertTrue(zh.out().contains("  2016  1   丙县"), zh.out());
        Run en = Fixtures.cli(concat(common, "--lang", "en"));
        assertTrue(en.out().startsWith("Assessed 5 place-years"), en.out());
        for (Run r : List.of(zh, en)) assertFalse((r.out() + r.err()).contains("\u001b"), "no terminal codes");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
