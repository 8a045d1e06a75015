package cn.tongcheng.cli;

import java.util.List;
import java.util.concurrent.Callable;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.explain.Explainer;
import cn.tongcheng.explain.ExplanationText;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongcheng explain --place 平湖 --year 2016}: the chain behind each point and recommendation. */
@Command(name = "explain", mixinStandardHelpOptions = true, resourceBundle = "i18n.messages", sortOptions = false)
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--place", required = true, paramLabel = "PLACE", descriptionKey = "option.explain-place")
    String place;

    @Option(names = "--indicator", paramLabel = "ID", descriptionKey = "option.explain-indicator")
    String indicator;

    @Mixin
    ReportLanguage lang;

    @Override
    public Integer call() {
        Assessor.Request request = input.request(false);
        Assessor.Inputs inputs = Assessor.load(request);
        if (indicator != null && !inputs.ruleBase().catalogue().indicatorsById().containsKey(indicator)) {
            throw InvalidInputException.single("options", new Problem("--indicator", 0, "", "option.unknown-indicator",
                    Messages.ui("problem.option.unknown-indicator", indicator)));
        }
        Assessor.Request one = new Assessor.Request(input.rules, input.facts, input.years, List.of(place), 1, input.encoding);
        Assessor.places(one, inputs.factBase()); // an unknown place is reported before the run
        Assessment a = Assessor.assess(request, inputs, ProgressListener.NONE);
        int year = a.years().get(a.years().size() - 1);
        PlaceAssessment p = a.ofYear(year).stream().filter(x -> Assessor.names(x.place(), place)).findFirst().orElseThrow();
        spec.commandLine().getOut().print(ExplanationText.render(new Explainer(a.catalogue()).explain(p, indicator, a.result(year, p.place().id())),
                a.catalogue(), lang.language));
        if (indicator != null) {
            a.monitoringOf(year).stream().filter(v -> v.place().equals(p.place().id()) && v.indicator().equals(indicator))
                    .forEach(v -> spec.commandLine().getOut().print(ExplanationText.renderShown(v, a.catalogue(), lang.language)));
        }
        if (indicator == null) grading(a, p, year);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** The unit's annual assessment, when the rule base states one: its scores, grade and why. */
    private void grading(Assessment a, PlaceAssessment p, int year) {
        cn.tongcheng.report.GradingView g = cn.tongcheng.report.GradingViewBuilder.of(a, lang.language, year);
        if (g == null) return;
        Messages m = Messages.of(lang.language);
        g.rows().stream().filter(r -> r.unitId().equals(p.place().id())).findFirst().ifPresent(r -> {
            var out = spec.commandLine().getOut();
            out.println();
            out.println(m.get("explain.grading", r.base(), r.bonus(), r.deduction(), r.finalScore(), r.byScore(), r.grade()));
            r.why().forEach(w -> out.println("  - " + w));
        });
    }
}
