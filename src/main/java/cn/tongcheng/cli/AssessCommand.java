package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.integrity.InputsUnchanged;
import cn.tongcheng.report.ReportFiles;
import cn.tongcheng.report.ReportFormat;
import cn.tongcheng.report.ReportView;
import cn.tongcheng.report.ReportViewBuilder;
import cn.tongcheng.report.ReportWriter;
import cn.tongcheng.watch.AssessmentWatch;

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

    @Mixin
    CacheOptions cache;


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

    @Option(names = "--rank-with-peers", descriptionKey = "option.rank-with-peers")
    boolean rankWithPeers;

    @Option(names = "--sensitivity", paramLabel = "N", defaultValue = "0", descriptionKey = "option.assess-sensitivity")
    int sensitivityDraws;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", descriptionKey = "option.sensitivity-seed")
    long seed;

    @Option(names = "--watch", descriptionKey = "option.watch")
    boolean watch;

    /** One compiler for every run of {@code --watch}: it keeps the rule base while rules/ is unchanged. */
    private cn.tongcheng.rules.RuleBaseCompiler compiler;

    @Override
    public Integer call() throws Exception {
        if (!watch) {
            assessAndWrite();
            return ExitCode.OK;
        }
        try {
            new AssessmentWatch(List.of(input.rules, input.facts), this::assessAndWrite).run(this::printRun);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private Assessment assessAndWrite() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (threads < 1) {
            throw InvalidInputException.single("options", new Problem("--threads", 0, "", "option.bad-threads",
                    Messages.ui("problem.option.bad-threads", threads)));
        }
        Assessor.Request request = new Assessor.Request(input.rules, input.facts, input.years, places, threads, input.encoding,
                rankWithPeers, input.limits());
        if (compiler == null) compiler = cache.compiler(spec.commandLine().getErr());
        Assessor.Inputs inputs = Assessor.load(request, compiler);
        ValidationSummary.print(spec.commandLine().getErr(), inputs.factBase().notices());
        if (!inputs.ruleBase().notRead().isEmpty()) {
            spec.commandLine().getErr().println(Messages.ui("rules.not-read", String.join(", ", inputs.ruleBase().notRead())));
        }
        List<String> selected = Assessor.places(request, inputs.factBase()).stream().map(p -> p.id()).toList();
        Progress progress = new Progress(spec.commandLine().getErr());
        // The whole field first, so that ranks and their sensitivity are those of all places; then the selection.
        Assessor.Request all = new Assessor.Request(input.rules, input.facts, input.years, List.of(), threads, input.encoding,
                rankWithPeers, input.limits());
        Assessment assessment;
        if (input.years.isEmpty()) {
            Assessor.YearChoice choice = Assessor.chooseYear(all, inputs, progress, null);
            progress.finish();
            YearChoiceText.print(spec.commandLine().getErr(), choice);
            assessment = choice.assessment();
        } else {
            assessment = Assessor.assess(all, inputs, progress);
            progress.finish();
        }
        if (sensitivityDraws > 0) assessment = assessment.withSensitivity(sensitivityDraws, seed);
        if (!places.isEmpty()) assessment = assessment.only(selected);
        Map<Path, byte[]> files = render(assessment);
        InputsUnchanged.verify(input.rules, inputs.ruleBase().hash(), input.facts, inputs.factBase().hash());
        OutFolder.writeAll(out, files);
        printSummary(stdout, assessment, inputs.ruleBase().ruleCount(), files.keySet());
        return assessment;
    }

    /** After each run of {@code --watch}: what changed since the last good run, or why this one failed. */
    void printRun(AssessmentWatch.Run run) {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = Messages.ui();
        if (run.problems() != null) ErrorHandler.printProblems(spec.commandLine().getErr(), run.problems());
        if (run.diff() != null) {
            if (run.diff().changes().isEmpty()) out.println(m.get("watch.no-change"));
            else out.print(run.diff().changesText(m));
        }
        if (!run.changed().isEmpty()) out.println(m.get("watch.took", String.format(m.locale(), "%.2f", run.took().toNanos() / 1e9)));
        out.println(m.get("watch.waiting", input.rules, input.facts));
        out.flush();
        spec.commandLine().getErr().flush();
        if (onRun != null) onRun.accept(run);
    }

    /** Told of each run of {@code --watch} (tests await it). */
    java.util.function.Consumer<AssessmentWatch.Run> onRun;


    /** Every format is rendered before any file is written, so a failure leaves no partial set of reports. */
    private Map<Path, byte[]> render(Assessment assessment) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        ReportView view = ReportViewBuilder.of(assessment, language);
        for (ReportFormat f : formats) {
            files.put(out.resolve(ReportFiles.name(assessment, !places.isEmpty(), f, language)), ReportWriter.of(f).write(view));
        }
        return files;
    }

    /** The run in a few lines, in the language of the report: place-years, ranks, indexes, files written. */
    private void printSummary(PrintWriter stdout, Assessment a, int ruleCount, Iterable<Path> written) {
        Messages m = Messages.of(language);
        boolean zh = m.isChinese();
        stdout.println(m.get("assess.done", a.places().size(), ruleCount, a.rulesHash().substring(0, 19),
                a.factsHash().substring(0, 19)));
        for (PlaceAssessment p : a.places()) {
            stdout.println("  " + p.year() + "  " + pad(p.rank() == null ? "-" : String.valueOf(p.rank()), 4)
                    + pad(p.place().name(zh), 18) + String.format("%6s", p.index() == null ? "—" : cn.tongcheng.assessment.ScoreDisplay.of(p.index()))
                    + "  " + m.get("assess.coverage", p.coverage().withData(), p.coverage().indicators()));
        }
        for (Path p : written) stdout.println(m.get("assess.written", p));
        stdout.flush();
    }

    /** Pads to a width in terminal columns: a Chinese character takes two. */
    static String pad(String s, int columns) {
        int width = s.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
        return s + " ".repeat(Math.max(1, columns - width));
    }

    /** Converts {@code --lang} values. */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(value);
            }
        }
    }
}
