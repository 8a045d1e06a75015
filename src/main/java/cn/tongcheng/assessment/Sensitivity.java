package cn.tongcheng.assessment;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import cn.tongcheng.method.IndexStructure;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.SensitivityChoices;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

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

    /** Two places whose rank intervals overlap: their order is not meaningful under this uncertainty. */
    public record Overlap(String first, String second) {
    }

    /**
     * @param design     Saltelli's design (with indices) or random points only; written {@code sensitivity} or
     *                   {@code uncertainty} in JSON
     * @param runs       index computations of the design (0 when the year is not analysed)
     * @param spread     the weight noise of the levels not named on their own (0 when the weights do not vary)
     * @param influences per varied choice, COINr's first-order and total indices of the mean absolute rank change
     *                   (empty in an uncertainty analysis, or when no rank moves) and the mean rank shift alone
     * @param choices    what was varied, with the alternatives (in words in the reports)
     * @param notRanked  the year's field when it is too small to rank ({@code ranking.min_places}): then nothing is
     *                   computed, as the assessment gives no rank to analyse
     */
    public record Result(int year, String node, @JsonSerialize(using = WordJson.class) MethodSensitivity.Design design,
                         int samples, long seed, int runs, double spread, Map<Integer, Double> spreadAtLevel,
                         List<RankSpread> places,
                         @JsonSerialize(contentUsing = InfluenceJson.class) List<MethodSensitivity.Influence> influences,
                         List<Overlap> overlaps, @JsonIgnore SensitivityChoices choices,
                         @JsonIgnore Optional<RankingField> notRanked) {
        public Result {
            spreadAtLevel = Map.copyOf(spreadAtLevel);
            places = List.copyOf(places);
            influences = List.copyOf(influences);
            overlaps = List.copyOf(overlaps);
        }

        /** Whether the year's ranking was analysed (it is not when the year is not ranked). */
        @JsonProperty("analysed")
        public boolean analysed() {
            return notRanked.isEmpty();
        }

        /** The choice that moves ranks most: by total index when there are indices, else by the mean shift alone. */
        public Optional<MethodSensitivity.Influence> strongest() {
            return influences.stream().max(Comparator.comparingDouble((MethodSensitivity.Influence i) -> total(i).orElse(-1))
                    .thenComparingDouble(MethodSensitivity.Influence::meanRankShiftAlone));
        }
    }

    /** The value of a choice's total index, if it has one. */
    public static OptionalDouble total(MethodSensitivity.Influence i) {
        return i.total().map(e -> OptionalDouble.of(e.value())).orElse(OptionalDouble.empty());
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
        Optional<RankingField> notRanked = assessment.rankingOf(year).filter(f -> !f.ranked());
        if (notRanked.isPresent()) {
            return new Result(year, choices.node(), choices.design(), choices.samples(), choices.seed(), 0, 0, Map.of(),
                    List.of(), List.of(), List.of(), choices, notRanked);
        }
        MethodSensitivity.Result r = MethodSensitivity.analyse(in.structure(), in.method(), in.data(),
                new MethodSensitivity.Plan(choices.node(), choices.uncertainties(), choices.design(), choices.samples(),
                        choices.seed(), choices.bootstrap(), threads), progress);
        List<RankSpread> places = new ArrayList<>();
        for (MethodSensitivity.RankSpread s : r.units()) {
            if (s.nominal().isEmpty()) continue;
            places.add(new RankSpread(s.unit(), s.nominal().getAsInt(), s.mean(), s.median(), s.p5(), s.p95(), s.ranked()));
        }
        places.sort(Comparator.comparingInt(RankSpread::nominal).thenComparing(RankSpread::place));
        return new Result(year, r.node(), r.design(), r.samples(), r.seed(), r.runs(),
                choices.weights() ? choices.spread() : 0, choices.weights() ? choices.spreadAtLevel() : Map.of(), places,
                r.influences(), overlaps(places), choices, Optional.empty());
    }

    /** Problems of a command-line option are option problems, those of a method-table row rule problems. */
    private void check(SensitivityChoices c, IndexStructure structure, YearIndex.MethodInputs in) {
        ProblemList options = new ProblemList();
        ProblemList rules = new ProblemList();
        if (!structure.contains(c.node()) || structure.node(c.node()).isIndicator()) {
            List<String> aggregates = structure.aggregates().stream().map(n -> n.code()).toList();
            at(options, rules, c.origin("sensitivity.node"), "sensitivity.unknown-node", c.node(), aggregates);
        }
        for (Normalisation n : c.normalisations()) {
            if (n instanceof Normalisation.DistanceToReference r && !in.data().hasUnit(r.referenceUnit()))
                at(options, rules, c.origin("sensitivity.normalisation"), "sensitivity.unknown-place", r.referenceUnit());
        }
        if (c.uncertainties().isEmpty()) at(options, rules, c.origin("sensitivity.weights"), "sensitivity.nothing-varied");
        options.throwIfAny("options");
        rules.throwIfAny("rules");
    }

    private static void at(ProblemList options, ProblemList rules, String origin, String code, Object... args) {
        if (origin.isEmpty()) rules.add("rules", 0, "method", code, args);
        else if (SensitivityChoices.isOption(origin)) options.addAt(origin, "", code, args);
        else rules.addAt(origin, "value", code, args);
    }

    /** An enum as its lower-case word ({@code sensitivity}), as the method table writes it. */
    static final class WordJson extends StdSerializer<Enum<?>> {
        @SuppressWarnings("unchecked")
        WordJson() {
            super((Class<Enum<?>>) (Class<?>) Enum.class);
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * A choice's influence flat, as the JSON formats have it: {@code choice}, {@code firstOrder}, {@code firstOrderLow},
     * {@code firstOrderHigh}, {@code total}, {@code totalLow}, {@code totalHigh} (null when absent) and
     * {@code meanRankShiftAlone}.
     */
    static final class InfluenceJson extends StdSerializer<MethodSensitivity.Influence> {
        InfluenceJson() {
            super(MethodSensitivity.Influence.class);
        }

        @Override
        public void serialize(MethodSensitivity.Influence i, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("choice", i.choice().word());
            estimate(g, "firstOrder", i.firstOrder());
            estimate(g, "total", i.total());
            g.writeNumberField("meanRankShiftAlone", i.meanRankShiftAlone());
            g.writeEndObject();
        }

        private static void estimate(JsonGenerator g, String name, Optional<MethodSensitivity.Estimate> e) throws IOException {
            number(g, name, e.map(x -> OptionalDouble.of(x.value())).orElse(OptionalDouble.empty()));
            number(g, name + "Low", e.map(MethodSensitivity.Estimate::low).orElse(OptionalDouble.empty()));
            number(g, name + "High", e.map(MethodSensitivity.Estimate::high).orElse(OptionalDouble.empty()));
        }

        private static void number(JsonGenerator g, String name, OptionalDouble d) throws IOException {
            if (d.isPresent()) g.writeNumberField(name, d.getAsDouble());
            else g.writeNullField(name);
        }
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
