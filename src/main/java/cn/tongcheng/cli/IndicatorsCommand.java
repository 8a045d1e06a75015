package cn.tongcheng.cli;

import java.util.List;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.i18n.Language;
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

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.lang")
    Language language;

    @Override
    public Integer call() {
        Assessor.Request request = new Assessor.Request(input.rules, input.facts, input.years, List.of(),
                Runtime.getRuntime().availableProcessors(), input.encoding);
        Assessment a = Assessor.assess(request, Assessor.load(request), ProgressListener.NONE);
        String text = switch (format) {
            case "json" -> CatalogueReport.json(a);
            case "quotes" -> CatalogueReport.quotes(a);
            default -> CatalogueReport.markdown(a, language);
        };
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
