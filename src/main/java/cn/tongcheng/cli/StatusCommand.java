package cn.tongcheng.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.report.AtomicFiles;
import cn.tongcheng.round.RoundStatus;
import cn.tongcheng.round.StatusText;
import cn.tongcheng.round.StatusWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng status --year 2017}: which units have returned what, on screen and as {@code status-2017.xlsx}. */
@Command(name = "status", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", descriptionKey = "option.status-out")
    Path out;

    @Mixin
    ReportLanguage lang;

    @Override
    public Integer call() {
        int year = input.singleYear();
        Assessor.Inputs inputs = Assessor.load(input.request(false));
        ValidationSummary.print(spec.commandLine().getErr(), inputs.factBase().notices());
        RoundStatus status = RoundStatus.of(inputs, year);
        Path file = out.resolve("status-" + status.year() + (lang.language == cn.tongcheng.i18n.Language.ZH ? "" : ".en") + ".xlsx");
        try {
            AtomicFiles.write(file, StatusWorkbook.write(status, inputs.ruleBase().catalogue(), lang.language));
        } catch (IOException e) {
            throw OutFolder.unwritable(out, e);
        }
        spec.commandLine().getOut().print(StatusText.render(status, inputs.ruleBase().catalogue(), lang.language));
        spec.commandLine().getOut().println(Messages.ui("assess.written", file));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
