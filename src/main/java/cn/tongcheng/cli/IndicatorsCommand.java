package cn.tongcheng.cli;

import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.report.CatalogueReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng indicators}: the catalogue of indicators with their targets, weights and sources. */
@Command(name = "indicators", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", descriptionKey = "option.catalogue-format")
    String format;

    @Mixin
    ReportLanguage lang;

    @Override
    public Integer call() {
        if (!java.util.List.of("md", "json", "quotes").contains(format)) {
            throw cn.tongcheng.problem.InvalidInputException.single("options", new cn.tongcheng.problem.Problem(
                    "--format", 0, "", "option.bad-format", cn.tongcheng.i18n.Messages.ui("problem.option.bad-format",
                            format, "md, json, quotes")));
        }
        Assessor.Request request = input.request(false);
        Assessment a = Assessor.assess(request, Assessor.load(request), ProgressListener.NONE);
        String text = switch (format) {
            case "json" -> CatalogueReport.json(a);
            case "quotes" -> CatalogueReport.quotes(a);
            default -> CatalogueReport.markdown(a, lang.language);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
