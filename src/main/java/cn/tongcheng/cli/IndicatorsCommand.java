package cn.tongcheng.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.report.CatalogueReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng indicators}: the catalogue of indicators with their targets, weights and sources. */
@Command(name = "indicators", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", descriptionKey = "option.rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts", descriptionKey = "option.facts")
    Path facts;

    @Option(names = "--year", split = ",", paramLabel = "YEAR", descriptionKey = "option.year")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", descriptionKey = "option.catalogue-format")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", converter = AssessCommand.LanguageConverter.class,
            descriptionKey = "option.lang")
    Language language;

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    @Override
    public Integer call() {
        Assessor.Request request = new Assessor.Request(rules, facts, years, List.of(),
                Runtime.getRuntime().availableProcessors(), null);
        Assessment a = Assessor.assess(request, Assessor.load(request), n -> { });
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
