package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import cn.tongcheng.method.Dataset.Unit;

/**
 * Computes a composite index in the Handbook's order: denominate, impute, treat outliers, normalise,
 * aggregate level by level, rank. No rounding between stages; single-threaded and deterministic.
 * Values are held in arrays by node position and unit; the stages before an indicator's score become
 * objects only for the units whose stages are kept ({@link StagesKept}).
 */
public final class CompositeIndex {
    // shared: a national run keeps hundreds of thousands of stages
    private static final Basis OBSERVED = new Basis.Observed();
    private static final Basis NOT_DENOMINATED = new Basis.NotDenominated();

    private CompositeIndex() {
    }

    /** Keeps every stage of every unit; throws {@link DefinitionException} if the method does not fit the structure or names units not in the data. */
    public static IndexResult compute(IndexStructure structure, MethodSpec method, Dataset data) {
        return compute(structure, method, data, StagesKept.ALL);
    }

    /** The same computation, keeping the stages before the score only for the units {@code kept} names. */
    public static IndexResult compute(IndexStructure structure, MethodSpec method, Dataset data, StagesKept kept) {
        check(structure, method, data);
        List<Unit> units = data.units();
        int n = units.size();
        List<Node> nodes = structure.nodes();
        IndexResult.Table table = new IndexResult.Table(nodes.size(), n);
        Map<String, IndicatorMethod> methods = new LinkedHashMap<>();
        List<TreatmentReport> treatments = new ArrayList<>();
        boolean[] keep = new boolean[n];
        boolean anyKept = false;
        for (int i = 0; i < n; i++) anyKept |= keep[i] = kept.keeps(units.get(i).code());
        List<String> codes = units.stream().map(Unit::code).toList();
        MethodSpec.UnitMethod own = method.forUnits(structure, codes);

        for (Node indicator : structure.indicators()) {
            IndicatorMethod im = method.indicator(indicator.code());
            methods.put(indicator.code(), im);
            Column c = new Column(n, anyKept ? keep : null);
            int at = structure.position(indicator.code());
            denominate(indicator.code(), at, im, own, codes, data, c);
            impute(im, units, c);
            treat(indicator.code(), im, c, treatments);
            normalise(indicator, im, method.targets().column(indicator.code(), codes), method.minimumCompared(), units, c);
            table.scores[at] = c.x;
            table.reasons[at] = c.why;
            table.chains[at] = c.chain;
        }

        double[][] coverage = new double[nodes.size()][];
        for (Node indicator : structure.indicators()) {
            int at = structure.position(indicator.code());
            double[] cov = new double[n];
            double[] s = table.scores[at];
            for (int i = 0; i < n; i++) {
                cov[i] = !own.assessed(i, at) ? Double.NaN : Double.isNaN(s[i]) ? 0 : 1;
            }
            coverage[at] = cov;
        }
        for (String code : structure.bottomUp()) {
            if (structure.node(code).isIndicator()) continue;
            aggregate(structure, method, own, code, n, table, coverage);
        }

        Ranker ranker = new Ranker(method.ranking(), units);
        for (int at = 0; at < nodes.size(); at++) table.ranks[at] = ranker.rank(table.scores[at]);
        return new IndexResult(structure, codes, table, methods, treatments);
    }

    /**
     * @param coverage per node position and unit, the share of its weight that has data (1 or 0 for an indicator);
     *                 the aggregate's own share is added; NaN marks a node that is not assessed for the unit
     */
    private static void aggregate(IndexStructure structure, MethodSpec method, MethodSpec.UnitMethod own, String code,
            int n, IndexResult.Table table, double[][] coverage) {
        int level = structure.level(code);
        int at = structure.position(code);
        Aggregation aggregation = method.aggregation(code, level);
        OptionalDouble threshold = method.dataThreshold(level);
        List<String> children = structure.children(code);
        int[] child = children.stream().mapToInt(structure::position).toArray();
        double[] result = new double[n];
        double[] covered = new double[n];
        NoScoreReason[] reasons = new NoScoreReason[n];
        IndexResult.Aggregates detail = new IndexResult.Aggregates(aggregation, threshold, n);
        double[] y = new double[children.size()];
        double[] w = new double[children.size()];
        for (int i = 0; i < n; i++) {
            int used = 0, assessed = 0;
            double weightUsed = 0, weightAssessed = 0, weightCovered = 0;
            for (int k = 0; k < child.length; k++) {
                double childCoverage = coverage[child[k]][i];
                if (!own.assessed(i, child[k]) || Double.isNaN(childCoverage)) continue;
                assessed++;
                double wc = own.weight(i, child[k]);
                weightAssessed += wc;
                weightCovered += wc * childCoverage;
                double v = table.scores[child[k]][i];
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
                s = aggregation.mean(y, w, used);
                if (Double.isNaN(s)) reason = NoScoreReason.NON_POSITIVE_FOR_MEAN;
            }
            result[i] = s;
            reasons[i] = reason;
            detail.used[i] = used;
            detail.children[i] = assessed;
            detail.weightUsed[i] = weightUsed;
        }
        coverage[at] = covered;
        table.scores[at] = result;
        table.reasons[at] = reasons;
        table.aggregates[at] = detail;
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

    /**
     * One indicator for every unit at the current stage: the value (NaN for none), why a missing value is missing
     * (null when there is a value, or when a normalisation gave none without a reason), and the stages so far of the
     * units whose stages are kept.
     */
    private static final class Column {
        double[] x;
        final NoScoreReason[] why;
        final List<StageValue>[] chain;

        @SuppressWarnings("unchecked")
        Column(int n, boolean[] keep) {
            x = new double[n];
            why = new NoScoreReason[n];
            if (keep == null) {
                chain = null;
            } else {
                chain = new List[n];
                for (int i = 0; i < n; i++) if (keep[i]) chain[i] = new ArrayList<>(5);
            }
        }

        boolean keeps(int i) {
            return chain != null && chain[i] != null;
        }

        void add(int i, StageValue v) {
            chain[i].add(v);
        }

        /** The previous stage's missing value passes on with its reason. */
        void carryMissing(int i, Stage stage) {
            if (keeps(i)) add(i, StageValue.missing(stage, why[i]));
        }

        void missing(int i, Stage stage, NoScoreReason reason) {
            x[i] = Double.NaN;
            why[i] = reason;
            if (keeps(i)) add(i, StageValue.missing(stage, reason));
        }
    }

    private static void denominate(String code, int at, IndicatorMethod im, MethodSpec.UnitMethod own, List<String> units,
            Dataset data, Column c) {
        double[] raw = data.column(code, units);
        String den = im.denominator().orElse(null);
        double[] dv = den == null ? null : data.column(den, units);
        for (int i = 0; i < raw.length; i++) {
            if (!own.assessed(i, at)) {
                c.missing(i, Stage.RAW, NoScoreReason.NOT_ASSESSED);
                c.missing(i, Stage.DENOMINATED, NoScoreReason.NOT_ASSESSED);
                continue;
            }
            if (Double.isNaN(raw[i])) {
                c.missing(i, Stage.RAW, NoScoreReason.MISSING_VALUE);
                c.missing(i, Stage.DENOMINATED, NoScoreReason.MISSING_VALUE);
                continue;
            }
            if (c.keeps(i)) c.add(i, StageValue.of(Stage.RAW, raw[i], OBSERVED));
            if (den == null) {
                c.x[i] = raw[i];
                if (c.keeps(i)) c.add(i, StageValue.of(Stage.DENOMINATED, c.x[i], NOT_DENOMINATED));
            } else if (Double.isNaN(dv[i])) {
                c.missing(i, Stage.DENOMINATED, NoScoreReason.MISSING_DENOMINATOR);
            } else if (dv[i] == 0) {
                c.missing(i, Stage.DENOMINATED, NoScoreReason.ZERO_DENOMINATOR);
            } else {
                c.x[i] = raw[i] / dv[i];
                if (c.keeps(i)) c.add(i, StageValue.of(Stage.DENOMINATED, c.x[i], new Basis.Denominated(den, dv[i])));
            }
        }
    }

    private static void impute(IndicatorMethod im, List<Unit> units, Column c) {
        double[] x = c.x;
        double[] out = x.clone();
        Map<String, double[]> sumAndCount = new HashMap<>();
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
                if (c.keeps(i)) c.add(i, StageValue.of(Stage.IMPUTED, x[i], OBSERVED));
                continue;
            }
            if (!(im.imputation() instanceof Imputation.GroupMean g) || c.why[i] == NoScoreReason.NOT_ASSESSED) {
                c.carryMissing(i, Stage.IMPUTED);
                continue;
            }
            Optional<String> group = units.get(i).group(g.groupAttribute());
            double[] sc = group.map(sumAndCount::get).orElse(null);
            if (sc == null) {
                c.why[i] = NoScoreReason.NO_DONORS;
                if (c.keeps(i)) c.add(i, StageValue.missing(Stage.IMPUTED, NoScoreReason.NO_DONORS));
            } else {
                out[i] = sc[0] / sc[1];
                c.why[i] = null;
                if (c.keeps(i)) c.add(i, StageValue.of(Stage.IMPUTED, out[i], new Basis.Imputed(g.groupAttribute(), group.get(), (int) sc[1])));
            }
        }
        c.x = out;
    }

    private static void treat(String code, IndicatorMethod im, Column c, List<TreatmentReport> reports) {
        double[] x = c.x;
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
        Arrays.fill(out, Double.NaN);
        for (int k = 0; k < present; k++) out[at[k]] = treated.values()[k];
        for (int i = 0, k = 0; i < x.length; i++) {
            if (k < present && at[k] == i) {
                // a treated value that is no number passes on as missing, with no reason of its own
                if (Double.isNaN(out[i])) c.why[i] = NoScoreReason.MISSING_VALUE;
                if (c.keeps(i)) c.add(i, StageValue.of(Stage.TREATED, out[i], treated.bases()[k]));
                k++;
            } else {
                c.carryMissing(i, Stage.TREATED);
            }
        }
        c.x = out;
    }

    /** @param targets each unit's target (NaN for none) */
    /**
     * @param targets         each unit's target (NaN for none)
     * @param minimumCompared the fewest units with a value a comparing normalisation needs (see MethodSpec)
     */
    private static void normalise(Node indicator, IndicatorMethod im, double[] targets, int minimumCompared, List<Unit> units,
            Column c) {
        boolean compares = !(im.normalisation() instanceof Normalisation.RatioToTarget
                || im.normalisation() instanceof Normalisation.Goalposts);
        double[] x = c.x;
        int n = x.length;
        double[] out = new double[n];
        OptionalDouble reference = OptionalDouble.empty();
        if (im.normalisation() instanceof Normalisation.DistanceToReference r) {
            for (int i = 0; i < n; i++) {
                if (units.get(i).code().equals(r.referenceUnit()) && !Double.isNaN(x[i])) reference = OptionalDouble.of(x[i]);
            }
        }
        int d = indicator.direction().sign();
        Map<Optional<String>, Compared> sets = new HashMap<>();
        Map<List<Basis.Anchor>, Basis> shared = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i])) {
                out[i] = Double.NaN;
                c.carryMissing(i, Stage.NORMALISED);
                continue;
            }
            Unit scored = units.get(i);
            Compared set = sets.computeIfAbsent(setKey(im.comparison(), scored), k -> {
                double[] m = new double[n];
                int size = 0;
                for (int j = 0; j < n; j++) {
                    if (!Double.isNaN(x[j]) && inSet(im.comparison(), scored, units.get(j))) m[size++] = d * x[j];
                }
                return new Compared(Arrays.copyOf(m, size));
            });
            boolean member = inSet(im.comparison(), scored, scored);
            if (compares && set.size() < minimumCompared) {
                out[i] = Double.NaN;
                c.why[i] = NoScoreReason.BELOW_MIN_COMPARED;
                if (c.keeps(i)) c.add(i, StageValue.missing(Stage.NORMALISED, NoScoreReason.BELOW_MIN_COMPARED));
                continue;
            }
            Normaliser.Outcome o = Normaliser.score(im.normalisation(), indicator.direction(), x[i],
                    set, member, Double.isNaN(targets[i]) ? OptionalDouble.empty() : OptionalDouble.of(targets[i]), reference);
            out[i] = o.value();
            c.why[i] = o.reason();
            if (c.keeps(i)) {
                Basis basis = o.reason() != null ? new Basis.Missing(o.reason())
                        : shared.computeIfAbsent(o.anchors(), a -> new Basis.Normalised(im.normalisation(),
                                indicator.direction(), im.comparison(), set.size(), a));
                c.add(i, StageValue.of(Stage.NORMALISED, o.value(), basis));
            }
        }
        c.x = out;
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
}
