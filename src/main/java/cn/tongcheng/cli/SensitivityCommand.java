package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.RankingField;
import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.integrity.InputsUnchanged;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.report.SensitivityReport;
import cn.tongcheng.rules.SensitivityChoices;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongcheng sensitivity}: how far the ranking depends on the method, as COINr's {@code get_sensitivity}.
 * What varies comes from the {@code sensitivity.*} rows of the method table; each option overrides its row.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class SensitivityCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("md", "json", "csv", "html");

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"--samples", "--draws"}, paramLabel = "N", descriptionKey = "option.sensitivity-samples")
    String samples;

    @Option(names = "--seed", paramLabel = "SEED", descriptionKey = "option.sensitivity-seed")
    String seed;

    @Option(names = "--design", paramLabel = "DESIGN", descriptionKey = "option.sensitivity-design")
    String design;

    @Option(names = "--normalisation", paramLabel = "A|B", descriptionKey = "option.sensitivity-normalisation")
    String normalisation;

    @Option(names = "--aggregation", paramLabel = "A|B", descriptionKey = "option.sensitivity-aggregation")
    String aggregation;

    @Option(names = "--imputation", paramLabel = "yes|no", descriptionKey = "option.sensitivity-imputation")
    String imputation;

    @Option(names = "--treatment", paramLabel = "yes|no", descriptionKey = "option.sensitivity-treatment")
    String treatment;

    @Option(names = "--weights", paramLabel = "yes|no", descriptionKey = "option.sensitivity-weights")
    String weights;

    @Option(names = "--spread", paramLabel = "S", descriptionKey = "option.sensitivity-spread")
    String spread;

    @Option(names = "--bootstrap", paramLabel = "N", descriptionKey = "option.sensitivity-bootstrap")
    String bootstrap;

    @Option(names = "--node", paramLabel = "CODE", descriptionKey = "option.sensitivity-node")
    String node;

    @Option(names = "--rank-with-peers", descriptionKey = "option.rank-with-peers")
    boolean rankWithPeers;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "md", descriptionKey = "option.sensitivity-format")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.sensitivity-out")
    Path out;

    @Mixin
    ReportLanguage lang;

    @Override
    public Integer call() throws Exception {
        List<String> wanted = checkFormats();
        Assessor.Request request = input.request(rankWithPeers);
        Assessor.Inputs inputs = Assessor.load(request);
        SensitivityChoices choices = choices(inputs.ruleBase().catalogue().method().sensitivity());
        PrintWriter err = spec.commandLine().getErr();
        Progress assessing = new Progress(err);
        Assessment a = input.years.isEmpty()
                ? Assessor.chooseYear(request, inputs, assessing, null).assessment()
                : Assessor.assess(request, inputs, assessing);
        assessing.finish();
        List<Sensitivity.Result> results = new ArrayList<>();
        for (int year : a.years()) {
            boolean ranked = a.rankingOf(year).map(RankingField::ranked).orElse(true);
            if (ranked) {
                err.println(Messages.ui("sens.start", year, choices.uncertainties().size(), choices.samples()));
                err.flush();
            }
            Progress progress = new Progress(err, "sens.progress");
            results.add(new Sensitivity(a).analyse(year, choices, request.threads(), progress::update));
            progress.finish();
        }
        SensitivityReport report = new SensitivityReport(a, results, lang.language);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String f : wanted) {
            texts.put(f, switch (f) {
                case "json" -> report.json();
                case "csv" -> report.csv();
                case "html" -> report.html();
                default -> report.markdown();
            });
        }
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(texts.values().iterator().next());
            stdout.flush();
            return ExitCode.OK;
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        String years = a.years().stream().map(String::valueOf).reduce((x, y) -> x + "-" + y).orElse("");
        String suffix = lang.language == cn.tongcheng.i18n.Language.EN ? ".en" : "";
        texts.forEach((f, text) -> files.put(out.resolve("sensitivity-" + years
                + (f.equals("json") || f.equals("csv") ? "" : suffix) + "." + f), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        InputsUnchanged.verify(input.rules, inputs.ruleBase().hash(), input.facts, inputs.factBase().hash());
        OutFolder.writeAll(out, files);
        PrintWriter stdout = spec.commandLine().getOut();
        files.keySet().forEach(p -> stdout.println(Messages.of(lang.language).get("sens.written", p)));
        stdout.flush();
        return ExitCode.OK;
    }

    /** Formats are checked before any work: a known word each, and several only with {@code --out}. */
    private List<String> checkFormats() {
        List<String> wanted = formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        for (String f : wanted) {
            if (!FORMATS.contains(f)) throw option("--format", "option.sensitivity-bad-format", f, String.join(", ", FORMATS));
        }
        if (wanted.size() > 1 && out == null) throw option("--format", "option.sensitivity-needs-out", String.join(",", wanted));
        return wanted;
    }

    private SensitivityChoices choices(SensitivityChoices table) {
        List<SensitivityChoices.Setting> settings = new ArrayList<>();
        setting(settings, "sensitivity.samples", samples, "--samples");
        setting(settings, "sensitivity.seed", seed, "--seed");
        setting(settings, "sensitivity.design", design, "--design");
        setting(settings, "sensitivity.normalisation", normalisation, "--normalisation");
        setting(settings, "sensitivity.aggregation", aggregation, "--aggregation");
        setting(settings, "sensitivity.imputation", imputation, "--imputation");
        setting(settings, "sensitivity.treatment", treatment, "--treatment");
        setting(settings, "sensitivity.weights", weights, "--weights");
        setting(settings, "sensitivity.spread", spread, "--spread");
        setting(settings, "sensitivity.bootstrap", bootstrap, "--bootstrap");
        setting(settings, "sensitivity.node", node, "--node");
        ProblemList problems = new ProblemList();
        SensitivityChoices c = table.with(settings, problems);
        problems.throwIfAny("options");
        return c;
    }

    private static void setting(List<SensitivityChoices.Setting> settings, String parameter, String text, String option) {
        if (text != null) settings.add(new SensitivityChoices.Setting(parameter, option, text));
    }

    private static InvalidInputException option(String option, String code, Object... args) {
        return InvalidInputException.single("options", new Problem(option, 0, "", code, Messages.ui("problem." + code, args)));
    }
}
