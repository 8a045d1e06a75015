package cn.tongcheng.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Availability;
import cn.tongcheng.method.ComparisonSet;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.Ranking;
import cn.tongcheng.method.TieRule;
import cn.tongcheng.method.Treatment;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.table.TableRow;

/**
 * Reads the composite-indicator choices of the method table: each value is checked at its cell (a word from its
 * list, a number in its range, yes/no), and the defaults are today's Jiaxing scoring (ratio to target, capped at
 * 100, arithmetic means, coverage by weight).
 */
final class MethodChoiceReader {
    static final List<String> NORMALISATIONS = List.of("ratio-to-target", "distance-to-target", "min-max",
            "fraction-of-max", "best-of-others", "distance-to-reference", "goalposts", "z-score", "rank",
            "percentile-rank");
    static final List<String> AGGREGATIONS = List.of("arithmetic", "geometric", "harmonic");
    static final List<String> TIES = List.of("min", "max", "dense");

    private final ProblemList problems;
    private final Map<String, TableRow> rows = new LinkedHashMap<>();

    MethodChoiceReader(ProblemList problems) {
        this.problems = problems;
    }

    /** Whether a parameter name is one of the choices (so that the method table accepts it). */
    static boolean isChoice(String name) {
        return MethodChoices.PARAMETERS.contains(name) || MethodChoices.PER_LEVEL.stream().anyMatch(name::startsWith);
    }

    /** The value a parameter's row gives, if the table has one. */
    Optional<String> value(String name) {
        TableRow r = rows.get(name);
        return r == null || !r.has("value") ? Optional.empty() : Optional.of(r.get("value"));
    }

    void add(TableRow r) {
        rows.put(r.get("parameter"), r);
    }

    /** The choices; {@code minCoverage} is the threshold of every aggregate level not named on its own. */
    MethodChoices read(double minCoverage) {
        Map<String, String> origin = new HashMap<>();
        rows.forEach((k, r) -> origin.put(k, r.at().toString()));
        Normalisation normalisation = normalisation("normalisation", "ratio-to-target", Double.NaN, Double.NaN)
                .orElse(new Normalisation.RatioToTarget(true, 100));
        ComparisonSet comparison = comparison();
        Aggregation aggregation = aggregation(rows.get("aggregation"), "arithmetic").orElse(Aggregation.ARITHMETIC);
        Map<Integer, Aggregation> atLevel = new HashMap<>();
        Map<Integer, Double> thresholdAt = new HashMap<>();
        rows.forEach((name, r) -> {
            if (name.startsWith("aggregation.level.")) level(r, name).ifPresent(l -> aggregation(r, "").ifPresent(a -> atLevel.put(l, a)));
            if (name.startsWith("coverage.min.level.")) level(r, name).ifPresent(l -> share(r).ifPresent(s -> thresholdAt.put(l, s)));
        });
        Imputation imputation = new Imputation.None();
        String imp = word("imputation", List.of("none", "group-mean"), "none");
        if (imp.equals("group-mean")) {
            TableRow g = rows.get("imputation.group");
            if (g == null || !g.has("value")) {
                problems.add(rows.get("imputation").at("value"), "value", "method.needs", "imputation.group", "group-mean");
            } else {
                imputation = new Imputation.GroupMean(g.get("value"));
            }
        }
        Treatment treatment = new Treatment.None();
        if (word("treatment", List.of("none", "winsorise"), "none").equals("winsorise")) {
            Treatment.Winsorise d = Treatment.Winsorise.coinrDefaults();
            treatment = new Treatment.Winsorise((int) number("treatment.winmax", d.winmax(), 0, 1000, true),
                    number("treatment.skewness", d.skewThreshold(), 1e-9, 1e9, false),
                    number("treatment.kurtosis", d.kurtThreshold(), 1e-9, 1e9, false), yesNo("treatment.log", true));
        }
        Availability availability = word("coverage.basis", List.of("weight", "children"), "weight").equals("children")
                ? Availability.CHILDREN : Availability.WEIGHT;
        OptionalInt decimals = OptionalInt.empty();
        TableRow dr = rows.get("ranking.decimals");
        if (dr != null && !dr.get("value").equalsIgnoreCase("none")) {
            decimals = OptionalInt.of((int) number("ranking.decimals", 0, 0, 15, true));
        }
        TieRule ties = tie("ranking.ties");
        int minPlaces = (int) number("comparison.min_places", 1, 1, 1000, true);
        return new MethodChoices(normalisation, Map.of(), comparison, aggregation, atLevel, imputation, treatment,
                availability, Double.isNaN(minCoverage) ? OptionalDouble.empty() : OptionalDouble.of(minCoverage),
                thresholdAt, new Ranking(decimals, ties, new Ranking.Ranked.All()), Map.of(), origin, minPlaces);
    }

    /**
     * The normalisation a cell names, with the method table's parameters; {@code lower} and {@code upper} are the
     * indicator's own range, for goalposts.
     */
    Optional<Normalisation> normalisation(TableRow r, String column, double lower, double upper) {
        String w = r.get(column).strip().toLowerCase(Locale.ROOT);
        if (!NORMALISATIONS.contains(w)) {
            problems.add(r.at(column), column, "method.bad-choice", r.get(column), column, NORMALISATIONS);
            return Optional.empty();
        }
        double scale = number("normalisation.scale", 100, 1e-9, 1e9, false);
        boolean capped = yesNo("normalisation.capped", true);
        return Optional.ofNullable(switch (w) {
            case "ratio-to-target" -> new Normalisation.RatioToTarget(capped, scale);
            case "distance-to-target" -> new Normalisation.DistanceToTarget(capped, scale);
            case "min-max" -> {
                double lo = number("normalisation.lower", 0, -1e9, 1e9, false);
                double hi = number("normalisation.upper", 100, -1e9, 1e9, false);
                if (lo == hi) {
                    TableRow at = rows.getOrDefault("normalisation.upper", rows.get("normalisation.lower"));
                    problems.add(at.at("value"), "value", "method.bad-value", at.get("parameter"), at.get("value"),
                            "≠ normalisation.lower");
                    yield null;
                }
                yield new Normalisation.MinMax(lo, hi);
            }
            case "fraction-of-max" -> new Normalisation.FractionOfMax(scale);
            case "best-of-others" -> new Normalisation.BestOfOthers(capped, scale);
            case "distance-to-reference" -> {
                TableRow ref = rows.get("normalisation.reference");
                if (ref == null || !ref.has("value") || !RuleTableReader.SAFE.matcher(ref.get("value")).matches()) {
                    problems.add(r.at(column), column, "method.needs", "normalisation.reference", w);
                    yield null;
                }
                yield new Normalisation.DistanceToReference(ref.get("value"), capped, scale);
            }
            case "goalposts" -> {
                if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper)) {
                    problems.add(r.at(column), column, "method.goalposts", r.get("id"));
                    yield null;
                }
                yield new Normalisation.Goalposts(lower, upper, yesNo("normalisation.truncate", true), scale);
            }
            case "z-score" -> new Normalisation.ZScore(number("normalisation.mean", 0, -1e9, 1e9, false),
                    number("normalisation.sd", 1, 1e-9, 1e9, false));
            case "rank" -> new Normalisation.Rank(tie("normalisation.ties"));
            case "percentile-rank" -> new Normalisation.PercentileRank(tie("normalisation.ties"), scale);
            default -> throw new AssertionError(w);
        });
    }

    private Optional<Normalisation> normalisation(String name, String fallback, double lower, double upper) {
        TableRow r = rows.get(name);
        if (r == null) return Optional.empty();
        return normalisation(r, "value", lower, upper);
    }

    Optional<Aggregation> aggregation(TableRow r, String column, String fallback) {
        if (r == null) return Optional.empty();
        String w = r.get(column).strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty() && !fallback.isEmpty()) w = fallback;
        if (!AGGREGATIONS.contains(w)) {
            problems.add(r.at(column), column, "method.bad-choice", r.get(column), column, AGGREGATIONS);
            return Optional.empty();
        }
        return Optional.of(Aggregation.valueOf(w.toUpperCase(Locale.ROOT)));
    }

    private Optional<Aggregation> aggregation(TableRow r, String fallback) {
        return aggregation(r, "value", fallback);
    }

    private ComparisonSet comparison() {
        TableRow r = rows.get("comparison");
        if (r == null) return new ComparisonSet.All();
        String v = r.get("value").strip();
        if (v.equalsIgnoreCase("all")) return new ComparisonSet.All();
        if (v.startsWith("group:") && RuleTableReader.SAFE.matcher(v.substring(6)).matches())
            return new ComparisonSet.SameGroup(v.substring(6));
        problems.add(r.at("value"), "value", "method.bad-choice", v, "comparison", List.of("all", "group:<attribute>"));
        return new ComparisonSet.All();
    }

    private Optional<Integer> level(TableRow r, String name) {
        String n = name.substring(name.lastIndexOf('.') + 1);
        if (n.matches("\\d{1,2}") && Integer.parseInt(n) >= 2) return Optional.of(Integer.parseInt(n));
        problems.add(r.at("parameter"), "parameter", "method.bad-level", name);
        return Optional.empty();
    }

    private Optional<Double> share(TableRow r) {
        Optional<Double> v = ValueParser.number(r.get("value")).filter(x -> x >= 0 && x <= 1);
        if (v.isEmpty()) problems.add(r.at("value"), "value", "method.bad-value", r.get("parameter"), r.get("value"), "0 – 1");
        return v;
    }

    private String word(String name, List<String> allowed, String fallback) {
        TableRow r = rows.get(name);
        if (r == null) return fallback;
        String w = r.get("value").strip().toLowerCase(Locale.ROOT);
        if (allowed.contains(w)) return w;
        problems.add(r.at("value"), "value", "method.bad-choice", r.get("value"), name, allowed);
        return fallback;
    }

    private TieRule tie(String name) {
        return TieRule.valueOf(word(name, TIES, "min").toUpperCase(Locale.ROOT));
    }

    private double number(String name, double fallback, double min, double max, boolean integer) {
        TableRow r = rows.get(name);
        if (r == null) return fallback;
        Optional<Double> v = ValueParser.number(r.get("value"))
                .filter(x -> x >= min && x <= max && (!integer || x == Math.rint(x)));
        if (v.isEmpty()) {
            problems.add(r.at("value"), "value", "method.bad-value", name, r.get("value"),
                    (integer ? "integer " : "") + cn.tongcheng.facts.Numbers.format(min) + " – " + cn.tongcheng.facts.Numbers.format(max));
            return fallback;
        }
        return v.get();
    }

    private boolean yesNo(String name, boolean fallback) {
        TableRow r = rows.get(name);
        if (r == null) return fallback;
        Optional<Boolean> v = ValueParser.yesNo(r.get("value"));
        if (v.isEmpty()) problems.add(r.at("value"), "value", "method.bad-value", name, r.get("value"), "yes / no");
        return v.orElse(fallback);
    }
}
