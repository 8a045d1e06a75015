package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import cn.tongcheng.check.CheckReport;
import cn.tongcheng.check.Finding;
import cn.tongcheng.check.RuleBaseChecker;
import cn.tongcheng.i18n.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng check}: verifies the rule base without assessing; exit 2 on errors (or warnings with --strict). */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class CheckCommand implements Callable<Integer> {
    /** The source documents, for the quotes (serve's check uses the same). */
    static final String SOURCE_TEXT = "sources";

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--source-text", paramLabel = "FILE", defaultValue = SOURCE_TEXT,
            descriptionKey = "option.source-text")
    Path sourceText;

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    @Option(names = "--lang", paramLabel = "LANG", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.ui-lang")
    cn.tongcheng.i18n.Language language; // read by Main before parsing, for messages and help

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CheckReport report = new RuleBaseChecker().check(
                new RuleBaseChecker.Request(input.rules, input.facts, input.encoding, sourceText));
        for (Finding f : report.findings()) out.println(f);
        for (String n : report.notices()) out.println(n);
        out.println(Messages.ui("check.summary", report.errors(), report.warnings(), report.rules(),
                report.indicators(), report.facts(), report.quotes()));
        out.flush();
        boolean failed = report.errors() > 0 || (strict && report.warnings() > 0);
        return failed ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
