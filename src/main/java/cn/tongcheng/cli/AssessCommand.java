package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.report.AtomicFiles;
import cn.tongcheng.report.ReportFormat;
import cn.tongcheng.report.ReportWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng assess}: the annual assessment, written as reports. */
@Command(name = "assess", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages",
        sortOptions = false)
public final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--place", split = ",", paramLabel = "PLACE", descriptionKey = "option.place")
    List<String> places = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "md,json", descriptionKey = "option.format")
    List<ReportFormat> formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", descriptionKey = "option.out")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", converter = LanguageConverter.class,
            descriptionKey = "option.lang")
    Language language;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "option.threads")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Assessor.Request request = new Assessor.Request(input.rules, input.facts, input.years, places, threads, input.encoding);
        Assessor.Inputs inputs = Assessor.load(request);
        ValidationSummary.print(spec.commandLine().getErr(), inputs.factBase().notices());
        Progress progress = new Progress(spec.commandLine().getErr());
        Assessment assessment = Assessor.assess(request, inputs, progress);
        progress.finish();
        Map<Path, String> files = render(assessment);
        for (Map.Entry<Path, String> f : files.entrySet()) AtomicFiles.write(f.getKey(), f.getValue());
        printSummary(stdout, assessment, inputs.ruleBase().ruleCount(), files.keySet());
        return ExitCode.OK;
    }

    /** Every format is rendered before any file is written, so a failure leaves no partial set of reports. */
    private Map<Path, String> render(Assessment assessment) {
        String years = assessment.years().stream().map(String::valueOf).collect(Collectors.joining("-"));
        Map<Path, String> files = new LinkedHashMap<>();
        for (ReportFormat f : formats) {
            String suffix = f == ReportFormat.JSON || language == Language.ZH ? "" : "." + language.name().toLowerCase();
            files.put(out.resolve("assessment-" + years + suffix + "." + f.extension()),
                    ReportWriter.of(f).render(assessment, language));
        }
        return files;
    }

    private void printSummary(PrintWriter stdout, Assessment a, int ruleCount, Iterable<Path> written) {
        Messages m = Messages.ui();
        boolean zh = m.isChinese();
        stdout.println(m.get("assess.done", a.places().size(), ruleCount, a.rulesHash().substring(0, 19),
                a.factsHash().substring(0, 19)));
        for (PlaceAssessment p : a.places()) {
            stdout.println(String.format("  %d  %-4s %-16s %6s  %s", p.year(), p.rank() == null ? "-" : p.rank(),
                    p.place().name(zh), p.index() == null ? "—" : Numbers.format(p.index()),
                    m.get("assess.coverage", p.coverage().withData(), p.coverage().indicators())));
        }
        for (Path p : written) stdout.println(m.get("assess.written", p));
        stdout.flush();
    }

    /** Converts {@code --lang} values. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value);
        }
    }
}
