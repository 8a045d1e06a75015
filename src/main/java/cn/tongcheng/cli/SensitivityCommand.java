package cn.tongcheng.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng sensitivity}: how far the ranking depends on the weights. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class SensitivityCommand implements Callable<Integer> {
    static final int SHOWN_INFLUENCES = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "1000", descriptionKey = "option.draws")
    int draws;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", descriptionKey = "option.sensitivity-seed")
    long seed;

    @Option(names = "--rank-with-peers", descriptionKey = "option.rank-with-peers")
    boolean rankWithPeers;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", descriptionKey = "option.sensitivity-format")
    String format;

    @Mixin
    ReportLanguage lang;

    @Override
    public Integer call() throws Exception {
        Assessor.Request request = input.request(rankWithPeers);
        if (draws < 1) {
            throw cn.tongcheng.problem.InvalidInputException.single("options", new cn.tongcheng.problem.Problem(
                    "--draws", 0, "", "option.bad-draws", Messages.ui("problem.option.bad-draws", draws)));
        }
        Assessment a = Assessor.assess(request, Assessor.load(request), ProgressListener.NONE);
        PrintWriter out = spec.commandLine().getOut();
        for (int year : a.years()) {
            Sensitivity.Result r = new Sensitivity(a).analyse(year, draws, seed);
            if (format.equals("json")) {
                out.print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n");
            } else {
                print(out, r, a);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private void print(PrintWriter out, Sensitivity.Result r, Assessment a) {
        Messages m = Messages.of(lang.language);
        boolean zh = m.isChinese();
        Map<String, String> names = a.ofYear(r.year()).stream()
                .collect(Collectors.toMap(p -> p.place().id(), p -> p.place().name(zh), (x, y) -> x));
        out.println("## " + m.get("sens.title", r.year()));
        out.println();
        out.println(m.get("sens.method", r.draws(), Numbers.format(r.spread()), r.seed()));
        out.println();
        if (r.places().isEmpty()) {
            out.println(m.get("sens.none"));
            return;
        }
        out.println("| " + m.get("col.place") + " | " + m.get("sens.base") + " | " + m.get("sens.median") + " | 5–95 % |");
        out.println("|---|---:|---:|---|");
        for (Sensitivity.RankSpread s : r.places()) {
            out.println("| " + names.get(s.place()) + " | " + s.baseRank() + " | " + Numbers.format(s.medianRank()) + " | "
                    + s.p5() + "–" + s.p95() + " |");
        }
        out.println();
        Function<Sensitivity.Influence, String> name = i -> i.kind().equals("dimension")
                ? a.catalogue().dimension(i.id()).map(d -> d.name(zh)).orElse(i.id())
                : a.catalogue().indicatorsById().get(i.id()).name(zh);
        out.println(m.get("sens.influences"));
        if (r.influences().isEmpty()) out.println("- " + m.get("sens.no-influence"));
        r.influences().stream().limit(SHOWN_INFLUENCES)
                .forEach(i -> out.println("- " + name.apply(i) + ": " + m.get("sens.moves", i.rankMoves())));
        out.println();
        for (Sensitivity.Overlap o : r.overlaps()) {
            out.println(m.get("sens.overlap", names.get(o.first()), names.get(o.second())));
        }
        if (r.overlaps().isEmpty()) out.println(m.get("sens.no-overlap"));
        out.println();
    }
}
