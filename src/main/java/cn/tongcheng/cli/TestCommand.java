package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;
import cn.tongcheng.ruletest.RuleCoverage;
import cn.tongcheng.ruletest.RuleTest;
import cn.tongcheng.ruletest.RuleTestReader;
import cn.tongcheng.ruletest.RuleTestRunner;
import cn.tongcheng.ruletest.TestRun;
import cn.tongcheng.ruletest.TestRunText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongcheng test [rules/]}: runs the rule tests of {@code rules/tests/}; exit 3 when one fails. */
@Command(name = "test", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RULES", defaultValue = "rules", descriptionKey = "option.test-rules")
    Path rules;

    @Option(names = "--run", paramLabel = "REGEX", descriptionKey = "option.test-run")
    Pattern only;

    @Option(names = "--coverage", descriptionKey = "option.test-coverage")
    boolean coverage;

    @Option(names = "--threshold", paramLabel = "P", descriptionKey = "option.test-threshold")
    Double threshold;

    @Option(names = {"-v", "--verbose"}, descriptionKey = "option.test-verbose")
    boolean verbose;

    @Option(names = "--lang", paramLabel = "LANG", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.ui-lang")
    Language language; // read by Main before parsing, for messages and help

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RuleBase ruleBase = new RuleBaseCompiler().compile(rules);
        Path testsDir = rules.resolve("tests");
        List<RuleTest> tests = new RuleTestReader(ruleBase).read(RuleTestReader.files(testsDir));
        if (tests.isEmpty()) {
            out.println(Messages.ui("test.none", testsDir));
            out.flush();
            return ExitCode.OK;
        }
        boolean withCoverage = coverage || threshold != null;
        TestRun run = new RuleTestRunner(ruleBase).run(tests, only, withCoverage ? new RuleCoverage(ruleBase) : null);
        out.print(TestRunText.render(run, verbose));
        boolean below = threshold != null && run.coverage().percent() < threshold;
        if (below) out.println(Messages.ui("test.below-threshold", String.format("%.1f", run.coverage().percent()), threshold));
        out.flush();
        return run.failed() > 0 || below ? ExitCode.FAILED : ExitCode.OK;
    }
}
