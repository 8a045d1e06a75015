package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.TieRule;
import cn.tongcheng.method.Treatment;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.table.TableRow;

/**
 * Reads the {@code sensitivity.*} rows of the method table, or the options that override them, each value
 * checked at its cell: a list of alternatives ({@code min-max(1, 100) | z-score(10, 2)}), yes/no, a number in
 * its range, a word from its list. Each row present replaces that parameter of the choices it starts from.
 */
final class SensitivityChoiceReader {
    private static final Pattern ALTERNATIVE = Pattern.compile("([a-z-]+)\\s*(?:[(（]([^)）]*)[)）])?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPLIT = Pattern.compile("\\s*[|｜]\\s*");
    static final List<String> DESIGNS = List.of("sensitivity", "uncertainty");

    private final ProblemList problems;

    SensitivityChoiceReader(ProblemList problems) {
        this.problems = problems;
    }

    static boolean isParameter(String name) {
        return SensitivityChoices.PARAMETERS.contains(name) || name.startsWith(SensitivityChoices.SPREAD_AT_LEVEL);
    }

    /**
     * The choices before any {@code sensitivity.*} row: weights only, by {@code spread}; the imputation to switch
     * to is none after a group mean, or the group mean of {@code imputationGroup} (if the table names one) after none.
     */
    static SensitivityChoices start(MethodChoices base, double spread, Optional<String> imputationGroup) {
        SensitivityChoices c = SensitivityChoices.weightsOnly(base, spread);
        Optional<Imputation> other = base.imputation() instanceof Imputation.GroupMean
                ? Optional.of(new Imputation.None()) : imputationGroup.map(Imputation.GroupMean::new);
        Treatment otherTreatment = base.treatment() instanceof Treatment.None
                ? Treatment.Winsorise.coinrDefaults() : new Treatment.None();
        return new SensitivityChoices(c.normalisations(), c.aggregations(), c.imputations(), c.treatments(), c.weights(),
                c.spread(), c.spreadAtLevel(), c.samples(), c.seed(), c.design(), c.bootstrap(), c.node(), other,
                otherTreatment, c.origin());
    }

    /** @param rows the rows by parameter name, each a {@code parameter, value} row of the method table or an option */
    SensitivityChoices read(Map<String, TableRow> rows, SensitivityChoices from) {
        Map<String, String> origin = new HashMap<>(from.origin());
        rows.forEach((k, r) -> origin.put(k, r.at().toString()));
        Normalisation baseNormalisation = from.normalisations().get(0);
        List<Normalisation> normalisations = from.normalisations();
        TableRow r = rows.get("sensitivity.normalisation");
        if (r != null) normalisations = withBase(baseNormalisation, normalisations(r));
        List<Aggregation> aggregations = from.aggregations();
        r = rows.get("sensitivity.aggregation");
        if (r != null) aggregations = withBase(from.aggregations().get(0), aggregations(r));
        List<Imputation> imputations = from.imputations();
        r = rows.get("sensitivity.imputation");
        if (r != null) {
            imputations = List.of(from.imputations().get(0));
            if (yesNo(r)) {
                if (from.otherImputation().isEmpty()) problems.add(r.at("value"), "value", "sensitivity.needs-group");
                else imputations = List.of(from.imputations().get(0), from.otherImputation().get());
            }
        }
        List<Treatment> treatments = from.treatments();
        r = rows.get("sensitivity.treatment");
        if (r != null) treatments = yesNo(r) ? List.of(from.treatments().get(0), from.otherTreatment()) : List.of(from.treatments().get(0));
        boolean weights = rows.containsKey("sensitivity.weights") ? yesNo(rows.get("sensitivity.weights")) : from.weights();
        double spread = from.spread();
        if (rows.containsKey("sensitivity.spread")) spread = number(rows.get("sensitivity.spread"), spread, 1e-9, 0.999999, false);
        Map<Integer, Double> atLevel = new LinkedHashMap<>(from.spreadAtLevel());
        for (Map.Entry<String, TableRow> e : rows.entrySet()) {
            if (!e.getKey().startsWith(SensitivityChoices.SPREAD_AT_LEVEL)) continue;
            String level = e.getKey().substring(SensitivityChoices.SPREAD_AT_LEVEL.length());
            if (!level.matches("\\d{1,2}") || Integer.parseInt(level) < 1) {
                problems.add(e.getValue().at("parameter"), "parameter", "sensitivity.bad-level", e.getKey());
                continue;
            }
            atLevel.put(Integer.parseInt(level), number(e.getValue(), 0, 0, 0.999999, false));
        }
        int samples = rows.containsKey("sensitivity.samples")
                ? (int) number(rows.get("sensitivity.samples"), from.samples(), 3, 100_000, true) : from.samples();
        long seed = rows.containsKey("sensitivity.seed")
                ? (long) number(rows.get("sensitivity.seed"), from.seed(), -1e15, 1e15, true) : from.seed();
        int bootstrap = rows.containsKey("sensitivity.bootstrap")
                ? (int) number(rows.get("sensitivity.bootstrap"), from.bootstrap(), 0, 10_000, true) : from.bootstrap();
        MethodSensitivity.Design design = from.design();
        r = rows.get("sensitivity.design");
        if (r != null) {
            String w = r.get("value").strip().toLowerCase(Locale.ROOT);
            if (DESIGNS.contains(w)) design = w.equals("uncertainty") ? MethodSensitivity.Design.UNCERTAINTY : MethodSensitivity.Design.SENSITIVITY;
            else problems.add(r.at("value"), "value", "method.bad-choice", r.get("value"), "sensitivity.design", DESIGNS);
        }
        String node = from.node();
        r = rows.get("sensitivity.node");
        if (r != null) {
            if (RuleTableReader.SAFE.matcher(r.get("value")).matches()) node = r.get("value");
            else problems.add(r.at("value"), "value", "rules.bad-id", r.get("value"));
        }
        return new SensitivityChoices(normalisations, aggregations, imputations, treatments, weights, spread, atLevel,
                samples, seed, design, bootstrap, node, from.otherImputation(), from.otherTreatment(), origin);
    }

    /** The method's own choice first, then the alternatives named that differ from it. */
    private static <T> List<T> withBase(T base, List<T> named) {
        List<T> out = new ArrayList<>(List.of(base));
        for (T t : named) if (!out.contains(t)) out.add(t);
        return out;
    }

    private List<Normalisation> normalisations(TableRow r) {
        List<Normalisation> out = new ArrayList<>();
        for (String text : SPLIT.split(r.get("value").strip())) {
            Optional<Normalisation> n = normalisation(text);
            if (n.isEmpty()) {
                problems.add(r.at("value"), "value", "sensitivity.bad-normalisation", text,
                        "min-max(0, 100) | z-score(0, 1) | ratio-to-target(100) | distance-to-target(100) | fraction-of-max(100)"
                                + " | best-of-others(100) | distance-to-reference(<place>) | rank | percentile-rank(100)");
            } else {
                out.add(n.get());
            }
        }
        return out;
    }

    /** One alternative: a normalisation's word and, in brackets, its figures (goalposts need each indicator's own posts). */
    static Optional<Normalisation> normalisation(String text) {
        Matcher m = ALTERNATIVE.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String args = m.group(2) == null ? "" : m.group(2).strip();
        if (word.equals("distance-to-reference")) {
            return RuleTableReader.SAFE.matcher(args).matches()
                    ? Optional.of(new Normalisation.DistanceToReference(args, true, 100))
                    : Optional.empty();
        }
        List<Double> figures = new ArrayList<>();
        if (!args.isEmpty()) {
            for (String a : args.split("\\s*[,，]\\s*")) {
                Optional<Double> x = ValueParser.number(a);
                if (x.isEmpty() || !Double.isFinite(x.get())) return Optional.empty();
                figures.add(x.get());
            }
        }
        double f0 = figures.isEmpty() ? Double.NaN : figures.get(0);
        try {
            return Optional.ofNullable(switch (word) {
                case "min-max" -> figures.size() == 2 ? new Normalisation.MinMax(f0, figures.get(1))
                        : figures.isEmpty() ? new Normalisation.MinMax(0, 100) : null;
                case "z-score" -> figures.size() == 2 ? new Normalisation.ZScore(f0, figures.get(1))
                        : figures.isEmpty() ? new Normalisation.ZScore(0, 1) : null;
                case "ratio-to-target" -> scale(figures) > 0 ? new Normalisation.RatioToTarget(true, scale(figures)) : null;
                case "distance-to-target" -> scale(figures) > 0 ? new Normalisation.DistanceToTarget(true, scale(figures)) : null;
                case "fraction-of-max" -> scale(figures) > 0 ? new Normalisation.FractionOfMax(scale(figures)) : null;
                case "best-of-others" -> scale(figures) > 0 ? new Normalisation.BestOfOthers(true, scale(figures)) : null;
                case "rank" -> figures.isEmpty() ? new Normalisation.Rank(TieRule.MIN) : null;
                case "percentile-rank" -> scale(figures) > 0 ? new Normalisation.PercentileRank(TieRule.MIN, scale(figures)) : null;
                default -> null;
            });
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // bounds the record refuses: min = max, sd ≤ 0
        }
    }

    /** The one figure of a ratio form, its scale (100 when none is given); NaN when more are given. */
    private static double scale(List<Double> figures) {
        return figures.isEmpty() ? 100 : figures.size() == 1 ? figures.get(0) : Double.NaN;
    }

    private List<Aggregation> aggregations(TableRow r) {
        List<Aggregation> out = new ArrayList<>();
        for (String text : SPLIT.split(r.get("value").strip())) {
            String w = text.toLowerCase(Locale.ROOT);
            if (MethodChoiceReader.AGGREGATIONS.contains(w)) out.add(Aggregation.valueOf(w.toUpperCase(Locale.ROOT)));
            else problems.add(r.at("value"), "value", "method.bad-choice", text, "sensitivity.aggregation", MethodChoiceReader.AGGREGATIONS);
        }
        return out;
    }

    private boolean yesNo(TableRow r) {
        Optional<Boolean> v = ValueParser.yesNo(r.get("value"));
        if (v.isEmpty()) problems.add(r.at("value"), "value", "method.bad-value", r.get("parameter"), r.get("value"), "yes / no");
        return v.orElse(false);
    }

    private double number(TableRow r, double fallback, double min, double max, boolean integer) {
        Optional<Double> v = ValueParser.number(r.get("value"))
                .filter(x -> x >= min && x <= max && (!integer || x == Math.rint(x)));
        if (v.isEmpty()) {
            String range = integer ? "integer " + cn.tongcheng.facts.Numbers.format(min) + " – " + cn.tongcheng.facts.Numbers.format(max)
                    : max < 1 ? (min > 0 ? "> 0, < 1" : "0 – < 1") : cn.tongcheng.facts.Numbers.format(min) + " – " + cn.tongcheng.facts.Numbers.format(max);
            problems.add(r.at("value"), "value", "method.bad-value", r.get("parameter"), r.get("value"), range);
            return fallback;
        }
        return v.get();
    }
}
