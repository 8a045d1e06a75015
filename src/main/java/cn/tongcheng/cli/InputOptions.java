package cn.tongcheng.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.engine.RunLimits;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import picocli.CommandLine.Option;

/** The options that say what to read (rules, facts, years, encoding) and how far rules may run. Shared by the commands that assess. */
public final class InputOptions {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", descriptionKey = "option.rules")
    Path rules;

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "facts", descriptionKey = "option.facts")
    Path facts;

    @Option(names = "--year", split = ",", paramLabel = "YEAR", descriptionKey = "option.year")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET", descriptionKey = "option.encoding")
    Charset encoding;

    @Option(names = "--debug", descriptionKey = "option.debug")
    boolean debug;

    @Option(names = "--max-firings", paramLabel = "N", descriptionKey = "option.max-firings")
    int maxFirings = RunLimits.DEFAULT.maxFirings();

    @Option(names = "--max-seconds", paramLabel = "S", descriptionKey = "option.max-seconds")
    double maxSeconds = RunLimits.DEFAULT.maxSeconds();

    /** The limits of --max-firings and --max-seconds; a value out of range is an option problem. */
    RunLimits limits() {
        if (maxFirings < 1) throw optionProblem("--max-firings", "option.bad-max-firings", maxFirings);
        if (!(maxSeconds > 0) || Double.isInfinite(maxSeconds)) throw optionProblem("--max-seconds", "option.bad-max-seconds", maxSeconds);
        return new RunLimits(maxFirings, maxSeconds);
    }

    private static InvalidInputException optionProblem(String option, String code, Object value) {
        return InvalidInputException.single("options", new Problem(option, 0, "", code, Messages.ui("problem." + code, value)));
    }

    /** A request for every place of the years asked for, on all cores. */
    Assessor.Request request(boolean rankWithPeers) {
        return new Assessor.Request(rules, facts, years, List.of(), Runtime.getRuntime().availableProcessors(),
                encoding, rankWithPeers, limits());
    }

    /** The one year a data-round command works on: {@code --year} must name exactly one. */
    int singleYear() {
        if (years.size() != 1) {
            throw cn.tongcheng.problem.InvalidInputException.single("options", new cn.tongcheng.problem.Problem("--year", 0, "",
                    "option.form-year", cn.tongcheng.i18n.Messages.ui("problem.option.form-year")));
        }
        return years.get(0);
    }
}
