package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import cn.tongcheng.method.Dataset.Unit;

/**
 * Computes a composite index in the Handbook's order: denominate, impute, treat outliers, normalise,
 * aggregate level by level, rank. No rounding between stages; single-threaded and deterministic.
 */
public final class CompositeIndex {
    // shared: a national run keeps hundreds of thousands of stages
    private static final Basis OBSERVED = new Basis.Observed();
    private static final Basis NOT_DENOMINATED = new Basis.NotDenominated();

    private CompositeIndex() {
    }

    /** Throws {@link DefinitionException} if the method does not fit the structure or names units not in the data. */
    public static IndexResult compute(IndexStructure structure, MethodSpec method, Dataset data) {
        check(structure, method, data);
        List<Unit> units = data.units();
        int n = units.size();
        Map<String, List<List<StageValue>>> chains = new LinkedHashMap<>();
        Map<String, double[]> scores = new LinkedHashMap<>();
        Map<String, IndicatorMethod> methods = new LinkedHashMap<>();
        List<TreatmentReport> treatments = new ArrayList<>();

        for (Node indicator : structure.indicators()) {
            IndicatorMethod im = method.indicator(indicator.code());
            methods.put(indicator.code(), im);
            List<List<StageValue>> chain = new ArrayList<>(n);
            for (int i = 0; i < n; i++) chain.add(new ArrayList<>(5));
            double[] denominated = denominate(indicator.code(), im, method, units, data, chain);
            double[] imputed = impute(im, units, denominated, chain);
            double[] treated = treat(indicator.code(), im, imputed, chain, treatments);
            scores.put(indicator.code(), normalise(indicator, im, method, units, treated, chain));
            chains.put(indicator.code(), chain);
        }

        Map<String, double[]> coverage = new java.util.HashMap<>();
        for (Node indicator : structure.indicators()) {
            double[] c = new double[n];
            double[] s = scores.get(indicator.code());
            for (int i = 0; i < n; i++) {
                c[i] = !method.assessed(units.get(i).code(), indicator.code()) ? Double.NaN : Double.isNaN(s[i]) ? 0 : 1;
            }
            coverage.put(indicator.code(), c);
        }
        for (String code : structure.bottomUp()) {
            if (structure.node(code).isIndicator()) continue;
            List<List<StageValue>> chain = new ArrayList<>(n);
            scores.put(code, aggregate(structure, method, code, units, scores, coverage, chain));
            chains.put(code, chain);
        }

        List<NodeResult> results = new ArrayList<>();
        Ranker ranker = new Ranker(method.ranking(), units);
        for (Node node : structure.nodes()) {
            int[] ranks = ranker.rank(scores.get(node.code()));
            List<List<StageValue>> chain = chains.get(node.code());
            for (int i = 0; i < n; i++) {
                results.add(new NodeResult(units.get(i).code(), node.code(), structure.level(node.code()), chain.get(i),
                        ranks[i] > 0 ? java.util.OptionalInt.of(ranks[i]) : java.util.OptionalInt.empty()));
            }
        }
        return new IndexResult(structure, units.stream().map(Unit::code).toList(), results, methods, treatments);
    }

    /**
     * @param coverage per node and unit, the share of its weight that has data (1 or 0 for an indicator); the
     *                 aggregate's own share is added; NaN marks a node that is not assessed for the unit
     */
    private static double[] aggregate(IndexStructure structure, MethodSpec method, String code, List<Unit> units,
            Map<String, double[]> scores, Map<String, double[]> coverage, List<List<StageValue>> chain) {
        int n = units.size();
        int level = structure.level(code);
        Aggregation aggregation = method.aggregation(code, level);
        OptionalDouble threshold = method.dataThreshold(level);
        List<String> children = structure.children(code);
        double[] result = new double[n];
        double[] covered = new double[n];
        for (int i = 0; i < n; i++) {
            String unit = units.get(i).code();
            double[] y = new double[children.size()];
            double[] w = new double[children.size()];
            int used = 0, assessed = 0;
            double weightUsed = 0, weightAssessed = 0, weightCovered = 0;
            for (String child : children) {
                if (!assessed(method, unit, child, coverage.get(child)[i])) continue;
                assessed++;
                double wc = method.weight(unit, structure.node(child));
                weightAssessed += wc;
                weightCovered += wc * coverage.get(child)[i];
                double v = scores.get(child)[i];
                if (!Double.isNaN(v)) {
                    y[used] = v;
                    w[used++] = wc;
                    weightUsed += wc;
                }
            }
            covered[i] = assessed == 0 ? Double.NaN : weightAssessed == 0 ? 0 : weightCovered / weightAssessed;
            double share = method.availability() == Availability.WEIGHT ? covered[i] : (double) used / assessed;
            NoScoreReason reason = null;
            double s = Double.NaN;
            if (assessed == 0) {
                reason = NoScoreReason.NOT_ASSESSED;
            } else if (threshold.isPresent() && share < threshold.getAsDouble()) {
                reason = NoScoreReason.BELOW_DATA_THRESHOLD;
            } else if (used == 0 || weightUsed == 0) {
                reason = NoScoreReason.NO_CHILD_SCORE;
            } else {
                s = aggregation.mean(java.util.Arrays.copyOf(y, used), java.util.Arrays.copyOf(w, used));
                if (Double.isNaN(s)) reason = NoScoreReason.NON_POSITIVE_FOR_MEAN;
            }
            result[i] = s;
            chain.add(List.of(reason == null
                    ? StageValue.of(Stage.AGGREGATED, s, new Basis.Aggregated(aggregation, used, assessed, weightUsed, threshold))
                    : StageValue.missing(Stage.AGGREGATED, reason)));
        }
        coverage.put(code, covered);
        return result;
    }

    private static boolean assessed(MethodSpec method, String unit, String node, double coverage) {
        return method.assessed(unit, node) && !Double.isNaN(coverage);
    }

    private static void check(IndexStructure structure, MethodSpec method, Dataset data) {
        List<DefinitionProblem> problems = new ArrayList<>(method.check(structure));
        for (Node indicator : structure.indicators()) {
            method.indicator(indicator.code()).denominator().filter(den -> !data.hasVariable(den)).ifPresent(den ->
                    problems.add(new DefinitionProblem(den, DefinitionProblem.Kind.UNKNOWN_VARIABLE,
                            "denominator of " + indicator.code() + ", which no unit has")));
            if (method.indicator(indicator.code()).normalisation() instanceof Normalisation.DistanceToReference r
                    && !data.hasUnit(r.referenceUnit()))
                problems.add(new DefinitionProblem(r.referenceUnit(), DefinitionProblem.Kind.UNKNOWN_UNIT,
                        "reference unit of " + indicator.code()));
        }
        if (!problems.isEmpty()) throw new DefinitionException(problems);
    }

    private static double[] denominate(String code, IndicatorMethod im, MethodSpec method, List<Unit> units,
            Dataset data, List<List<StageValue>> chain) {
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            String unit = units.get(i).code();
            if (!method.assessed(unit, code)) {
                out[i] = Double.NaN;
                chain.get(i).add(StageValue.missing(Stage.RAW, NoScoreReason.NOT_ASSESSED));
                chain.get(i).add(StageValue.missing(Stage.DENOMINATED, NoScoreReason.NOT_ASSESSED));
                continue;
            }
            OptionalDouble raw = data.value(unit, code);
            if (raw.isEmpty()) {
                chain.get(i).add(StageValue.missing(Stage.RAW, NoScoreReason.MISSING_VALUE));
            } else {
                chain.get(i).add(StageValue.of(Stage.RAW, raw.getAsDouble(), OBSERVED));
            }
            out[i] = Double.NaN;
            if (im.denominator().isEmpty()) {
                if (raw.isPresent()) {
                    out[i] = raw.getAsDouble();
                    chain.get(i).add(StageValue.of(Stage.DENOMINATED, out[i], NOT_DENOMINATED));
                } else {
                    chain.get(i).add(StageValue.missing(Stage.DENOMINATED, NoScoreReason.MISSING_VALUE));
                }
                continue;
            }
            String den = im.denominator().get();
            OptionalDouble dv = data.value(unit, den);
            if (raw.isEmpty()) {
                chain.get(i).add(StageValue.missing(Stage.DENOMINATED, NoScoreReason.MISSING_VALUE));
            } else if (dv.isEmpty()) {
                chain.get(i).add(StageValue.missing(Stage.DENOMINATED, NoScoreReason.MISSING_DENOMINATOR));
            } else if (dv.getAsDouble() == 0) {
                chain.get(i).add(StageValue.missing(Stage.DENOMINATED, NoScoreReason.ZERO_DENOMINATOR));
            } else {
                out[i] = raw.getAsDouble() / dv.getAsDouble();
                chain.get(i).add(StageValue.of(Stage.DENOMINATED, out[i], new Basis.Denominated(den, dv.getAsDouble())));
            }
        }
        return out;
    }

    private static double[] impute(IndicatorMethod im, List<Unit> units, double[] x, List<List<StageValue>> chain) {
        double[] out = x.clone();
        Map<String, double[]> sumAndCount = new java.util.HashMap<>();
        if (im.imputation() instanceof Imputation.GroupMean g) {
            for (int j = 0; j < x.length; j++) {
                Optional<String> group = units.get(j).group(g.groupAttribute());
                if (!Double.isNaN(x[j]) && group.isPresent()) {
                    double[] sc = sumAndCount.computeIfAbsent(group.get(), k -> new double[2]);
                    sc[0] += x[j];
                    sc[1]++;
                }
            }
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                chain.get(i).add(StageValue.of(Stage.IMPUTED, x[i], OBSERVED));
                continue;
            }
            if (!(im.imputation() instanceof Imputation.GroupMean g) || notAssessed(chain.get(i))) {
                chain.get(i).add(carryMissing(Stage.IMPUTED, chain.get(i)));
                continue;
            }
            Optional<String> group = units.get(i).group(g.groupAttribute());
            double[] sc = group.map(sumAndCount::get).orElse(null);
            if (sc == null) {
                chain.get(i).add(StageValue.missing(Stage.IMPUTED, NoScoreReason.NO_DONORS));
            } else {
                out[i] = sc[0] / sc[1];
                chain.get(i).add(StageValue.of(Stage.IMPUTED, out[i], new Basis.Imputed(g.groupAttribute(), group.get(), (int) sc[1])));
            }
        }
        return out;
    }

    private static double[] treat(String code, IndicatorMethod im, double[] x, List<List<StageValue>> chain,
            List<TreatmentReport> reports) {
        int present = 0;
        for (double v : x) if (!Double.isNaN(v)) present++;
        double[] column = new double[present];
        int[] at = new int[present];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                column[k] = x[i];
                at[k++] = i;
            }
        }
        Winsoriser.Column treated = Winsoriser.treat(code, column, im.treatment());
        reports.add(treated.report());
        double[] out = new double[x.length];
        java.util.Arrays.fill(out, Double.NaN);
        for (int k = 0; k < present; k++) out[at[k]] = treated.values()[k];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (k < present && at[k] == i) {
                chain.get(i).add(StageValue.of(Stage.TREATED, out[i], treated.bases()[k++]));
            } else {
                chain.get(i).add(carryMissing(Stage.TREATED, chain.get(i)));
            }
        }
        return out;
    }

    private static double[] normalise(Node indicator, IndicatorMethod im, MethodSpec method, List<Unit> units,
            double[] x, List<List<StageValue>> chain) {
        Targets targets = method.targets();
        boolean compares = !(im.normalisation() instanceof Normalisation.RatioToTarget
                || im.normalisation() instanceof Normalisation.Goalposts);
        int n = x.length;
        double[] out = new double[n];
        OptionalDouble reference = OptionalDouble.empty();
        if (im.normalisation() instanceof Normalisation.DistanceToReference r) {
            for (int i = 0; i < n; i++) {
                if (units.get(i).code().equals(r.referenceUnit()) && !Double.isNaN(x[i])) reference = OptionalDouble.of(x[i]);
            }
        }
        int d = indicator.direction().sign();
        Map<Optional<String>, Compared> sets = new java.util.HashMap<>();
        Map<List<Basis.Anchor>, Basis> shared = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
                chain.get(i).add(carryMissing(Stage.NORMALISED, chain.get(i)));
                continue;
            }
            Unit scored = units.get(i);
            Compared set = sets.computeIfAbsent(setKey(im.comparison(), scored), k -> {
                double[] m = new double[n];
                int size = 0;
                for (int j = 0; j < n; j++) {
                    if (!Double.isNaN(x[j]) && inSet(im.comparison(), scored, units.get(j))) m[size++] = d * x[j];
                }
                return new Compared(java.util.Arrays.copyOf(m, size));
            });
            boolean member = inSet(im.comparison(), scored, scored);
            String unit = units.get(i).code();
            if (compares && set.size() < method.minimumCompared()) {
                out[i] = Double.NaN;
                chain.get(i).add(StageValue.missing(Stage.NORMALISED, NoScoreReason.BELOW_MIN_COMPARED));
                continue;
            }
            Normaliser.Outcome o = Normaliser.score(im.normalisation(), indicator.direction(), x[i],
                    set, member, targets.target(unit, indicator.code()), reference);
            out[i] = o.value();
            Basis basis = o.reason() != null ? new Basis.Missing(o.reason())
                    : shared.computeIfAbsent(o.anchors(), a -> new Basis.Normalised(im.normalisation(),
                            indicator.direction(), im.comparison(), set.size(), a));
            chain.get(i).add(StageValue.of(Stage.NORMALISED, o.value(), basis));
        }
        return out;
    }

    /** Units with the same key share a comparison set. */
    private static Optional<String> setKey(ComparisonSet set, Unit scored) {
        return set instanceof ComparisonSet.SameGroup g ? scored.group(g.groupAttribute()) : Optional.empty();
    }

    private static boolean inSet(ComparisonSet set, Unit scored, Unit other) {
        if (set instanceof ComparisonSet.SameGroup g) {
            Optional<String> group = scored.group(g.groupAttribute());
            return group.isPresent() && group.equals(other.group(g.groupAttribute()));
        }
        if (set instanceof ComparisonSet.Listed l) return l.units().contains(other.code());
        return true;
    }

    private static boolean notAssessed(List<StageValue> chain) {
        return chain.get(chain.size() - 1).basis() instanceof Basis.Missing m && m.reason() == NoScoreReason.NOT_ASSESSED;
    }

    /** The previous stage's missing value passes on with its reason. */
    private static StageValue carryMissing(Stage stage, List<StageValue> chain) {
        Basis previous = chain.get(chain.size() - 1).basis();
        NoScoreReason reason = previous instanceof Basis.Missing m ? m.reason() : NoScoreReason.MISSING_VALUE;
        return StageValue.missing(stage, reason);
    }
}
