package cn.tongcheng.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.round.FormCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongcheng validate FILE…}: checks returned forms as assess would; nothing is assessed or written; exit 2 on problems. */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", descriptionKey = "option.rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts", descriptionKey = "option.validate-facts")
    Path facts;

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    java.nio.charset.Charset encoding;

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "option.validate-files")
    List<Path> files;

    @Option(names = "--lang", paramLabel = "LANG", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.ui-lang")
    Language language; // read by Main before parsing, for messages

    @Override
    public Integer call() {
        FormCheck.Checked checked = FormCheck.check(rules, facts, files, encoding);
        ValidationSummary.print(spec.commandLine().getErr(), checked.facts().notices());
        spec.commandLine().getOut().println(Messages.ui("validate.ok", checked.facts().facts().size(), checked.files().size()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
