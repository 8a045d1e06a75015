package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongcheng.method.IndexStructure;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.SensitivityChoices;

/**
 * How far a year's ranking depends on the method: the year's index is computed anew (over the same facts,
 * targets and criterion weights, the rules are not run again) with the normalisation, aggregation, imputation,
 * treatment and weights the method table's {@code sensitivity.*} rows let vary, as COINr's {@code get_sensitivity}
 * does ({@link MethodSensitivity}). Each ranked place gets its nominal rank, median and 5–95 % interval; each choice
 * its sensitivity indices and the mean rank shift when it alone varies.
 */
public final class Sensitivity {
    /** A place's rank over the random points; {@code nominal} is its rank in the assessment. */
    public record RankSpread(String place, int nominal, double mean, double medianRank, double p5, double p95, int ranked) {
        /** Whether the place kept one rank in every point (its interval is one rank wide). */
        public boolean fixed() {
            return p5 == p95 && p5 == nominal;
        }
    }

    /**
     * One varied choice: COINr's first-order and total sensitivity indices of the mean absolute rank change with
     * their bootstrap 5–95 % intervals (null in an uncertainty analysis, or when no rank moves), and the mean number
     * of places a place moves when this choice alone varies.
     */
    public record Influence(String choice, Double firstOrder, Double firstOrderLow,
                            Double firstOrderHigh, Double total, Double totalLow, Double totalHigh, double meanRankShiftAlone) {
    }

    /** Two places whose rank intervals overlap: their order is not meaningful under this uncertainty. */
    public record Overlap(String first, String second) {
    }

    /**
     * @param design  {@code sensitivity} (Saltelli's design, with indices) or {@code uncertainty} (random points only)
     * @param runs    index computations of the design
     * @param spread  the weight noise of the levels not named on their own (0 when the weights do not vary)
     * @param choices what was varied, with the alternatives (in words in the reports)
     */
    public record Result(int year, String node, String design, int samples, long seed, int runs, double spread,
                         Map<Integer, Double> spreadAtLevel, List<RankSpread> places, List<Influence> influences,
                         List<Overlap> overlaps, @com.fasterxml.jackson.annotation.JsonIgnore SensitivityChoices choices) {
        public Result {
            spreadAtLevel = Map.copyOf(spreadAtLevel);
            places = List.copyOf(places);
            influences = List.copyOf(influences);
            overlaps = List.copyOf(overlaps);
        }

        /** The choice that moves ranks most: by total index when there are indices, else by the mean shift alone. */
        public java.util.Optional<Influence> strongest() {
            return influences.stream().max(Comparator.comparingDouble(
                    (Influence i) -> i.total() == null ? -1 : i.total()).thenComparingDouble(Influence::meanRankShiftAlone));
        }
    }

    private final Assessment assessment;

    public Sensitivity(Assessment assessment) {
        this.assessment = assessment;
    }

    /** The method table's analysis with {@code samples} and {@code seed} instead of its own (as {@code assess --sensitivity}). */
    public Result analyse(int year, int samples, long seed) {
        ProblemList problems = new ProblemList();
        SensitivityChoices c = assessment.catalogue().method().sensitivity().with(List.of(
                new SensitivityChoices.Setting("sensitivity.samples", "--sensitivity", String.valueOf(samples)),
                new SensitivityChoices.Setting("sensitivity.seed", "--seed", String.valueOf(seed))), problems);
        problems.throwIfAny("options");
        return analyse(year, c, Runtime.getRuntime().availableProcessors(), MethodSensitivity.Progress.NONE);
    }

    /** Throws an invalid-input exception, located at the row or option, when the choices do not fit the rule base. */
    public Result analyse(int year, SensitivityChoices choices, int threads, MethodSensitivity.Progress progress) {
        if (assessment.index() == null) throw new IllegalStateException("the assessment keeps no year index");
        YearIndex.MethodInputs in = assessment.index().methodInputs(year);
        check(choices, in.structure(), in);
        MethodSensitivity.Result r = MethodSensitivity.analyse(in.structure(), in.method(), in.data(),
                new MethodSensitivity.Plan(choices.node(), choices.uncertainties(), choices.design(), choices.samples(),
                        choices.seed(), choices.bootstrap(), threads), progress);
        List<RankSpread> places = new ArrayList<>();
        for (MethodSensitivity.RankSpread s : r.units()) {
            if (s.nominal().isEmpty()) continue;
            places.add(new RankSpread(s.unit(), s.nominal().getAsInt(), s.mean(), s.median(), s.p5(), s.p95(), s.ranked()));
        }
        places.sort(Comparator.comparingInt(RankSpread::nominal).thenComparing(RankSpread::place));
        List<Influence> influences = new ArrayList<>();
        for (int i = 0; i < r.influences().size(); i++) {
            MethodSensitivity.Influence x = r.influences().get(i);
            influences.add(new Influence(x.choice(),
                    x.firstOrder().map(MethodSensitivity.Estimate::value).orElse(null), low(x.firstOrder()), high(x.firstOrder()),
                    x.total().map(MethodSensitivity.Estimate::value).orElse(null), low(x.total()), high(x.total()),
                    x.meanRankShiftAlone()));
        }
        return new Result(year, r.node(), r.design().name().toLowerCase(Locale.ROOT), r.samples(), r.seed(), r.runs(),
                choices.weights() ? choices.spread() : 0, choices.weights() ? choices.spreadAtLevel() : Map.of(), places,
                influences, overlaps(places), choices);
    }

    private void check(SensitivityChoices c, IndexStructure structure, YearIndex.MethodInputs in) {
        ProblemList problems = new ProblemList();
        if (!structure.contains(c.node()) || structure.node(c.node()).isIndicator()) {
            List<String> aggregates = structure.aggregates().stream().map(n -> n.code()).toList();
            at(problems, c.origin("sensitivity.node"), "sensitivity.unknown-node", c.node(), aggregates);
        }
        for (Normalisation n : c.normalisations()) {
            if (n instanceof Normalisation.DistanceToReference r && !in.data().hasUnit(r.referenceUnit()))
                at(problems, c.origin("sensitivity.normalisation"), "sensitivity.unknown-place", r.referenceUnit());
        }
        if (c.uncertainties().isEmpty()) at(problems, c.origin("sensitivity.weights"), "sensitivity.nothing-varied");
        problems.throwIfAny("rules");
    }

    private void at(ProblemList problems, String origin, String code, Object... args) {
        if (origin.isEmpty()) problems.add("rules", 0, "method", code, args);
        else problems.addAt(origin, "value", code, args);
    }

    private static Double low(java.util.Optional<MethodSensitivity.Estimate> e) {
        return e.flatMap(x -> x.low().isPresent() ? java.util.Optional.of(x.low().getAsDouble()) : java.util.Optional.empty()).orElse(null);
    }

    private static Double high(java.util.Optional<MethodSensitivity.Estimate> e) {
        return e.flatMap(x -> x.high().isPresent() ? java.util.Optional.of(x.high().getAsDouble()) : java.util.Optional.empty()).orElse(null);
    }

    private static List<Overlap> overlaps(List<RankSpread> spreads) {
        List<Overlap> out = new ArrayList<>();
        for (int i = 0; i < spreads.size(); i++) {
            for (int j = i + 1; j < spreads.size(); j++) {
                RankSpread a = spreads.get(i);
                RankSpread b = spreads.get(j);
                if (a.p95() >= b.p5() && b.p95() >= a.p5()) out.add(new Overlap(a.place(), b.place()));
            }
        }
        return out;
    }
}
