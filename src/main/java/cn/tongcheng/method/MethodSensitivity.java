package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * How much the ranks at one node depend on the method's uncertain choices (COINr {@code get_sensitivity},
 * uncertainty analysis): over seeded random draws, each {@link Uncertainty} takes one of its alternatives and
 * the index is computed anew. Each unit gets its median rank and 5–95 % interval (quantiles as R's type 7).
 * Each choice is then varied alone, and the mean number of places a unit moves from its base rank says which
 * choice moves ranks most.
 */
public final class MethodSensitivity {
    /** Weight-only draws used to measure the influence of weight noise alone. */
    static final int WEIGHT_DRAWS_ALONE = 20;

    /** A unit's rank over the draws in which it had one. */
    public record RankSpread(String unit, OptionalInt baseRank, double medianRank, double p5, double p95, int ranked) {
    }

    /** The mean number of places a unit moves from its base rank when only this choice varies. */
    public record Influence(String choice, double meanRankShift) {
    }

    public record Result(String node, int draws, long seed, List<RankSpread> units, List<Influence> influences) {
        public Result {
            units = List.copyOf(units);
            influences = List.copyOf(influences);
        }
    }

    private MethodSensitivity() {
    }

    public static Result analyse(IndexStructure structure, MethodSpec base, Dataset data, String node,
            List<Uncertainty> uncertainties, int draws, long seed) {
        if (draws < 1) throw new IllegalArgumentException("draws must be 1 or more, not " + draws);
        structure.node(node);
        IndexResult baseResult = CompositeIndex.compute(structure, base, data);
        List<String> units = baseResult.units();
        int[] baseRanks = ranks(baseResult, node);

        SplittableRandom random = new SplittableRandom(seed);
        int[][] ranks = new int[units.size()][draws];
        for (int d = 0; d < draws; d++) {
            MethodSpec.Builder method = base.toBuilder();
            IndexStructure tree = structure;
            for (Uncertainty u : uncertainties) tree = draw(u, method, tree, random);
            int[] r = ranks(CompositeIndex.compute(tree, method.build(), data), node);
            for (int i = 0; i < units.size(); i++) ranks[i][d] = r[i];
        }
        List<RankSpread> spreads = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int[] got = Arrays.stream(ranks[i]).filter(r -> r > 0).sorted().toArray();
            if (got.length == 0) continue;
            spreads.add(new RankSpread(units.get(i), baseRanks[i] > 0 ? OptionalInt.of(baseRanks[i]) : OptionalInt.empty(),
                    quantile(got, 0.5), quantile(got, 0.05), quantile(got, 0.95), got.length));
        }

        List<Influence> influences = new ArrayList<>();
        for (Uncertainty u : uncertainties) {
            double shift = 0;
            int runs = 0;
            if (u instanceof Uncertainty.WeightNoise) {
                SplittableRandom alone = new SplittableRandom(seed);
                for (int k = 0; k < WEIGHT_DRAWS_ALONE; k++) {
                    IndexStructure tree = draw(u, base.toBuilder(), structure, alone);
                    shift += meanShift(baseRanks, ranks(CompositeIndex.compute(tree, base, data), node));
                    runs++;
                }
            } else {
                for (int a = 0; a < alternatives(u); a++) {
                    MethodSpec.Builder method = base.toBuilder();
                    if (!choose(u, a, method, base)) continue;
                    shift += meanShift(baseRanks, ranks(CompositeIndex.compute(structure, method.build(), data), node));
                    runs++;
                }
            }
            influences.add(new Influence(u.name(), runs == 0 ? 0 : shift / runs));
        }
        return new Result(node, draws, seed, spreads, influences);
    }

    private static IndexStructure draw(Uncertainty u, MethodSpec.Builder method, IndexStructure tree, SplittableRandom random) {
        if (u instanceof Uncertainty.WeightNoise w) {
            double[] factors = new double[tree.nodes().size()];
            for (int k = 0; k < factors.length; k++) factors[k] = random.nextDouble(1 - w.spread(), 1 + w.spread());
            List<Node> nodes = tree.nodes();
            return tree.withWeights(n -> n.weight() * factors[nodes.indexOf(n)]);
        }
        choose(u, random.nextInt(alternatives(u)), method, null);
        return tree;
    }

    private static int alternatives(Uncertainty u) {
        if (u instanceof Uncertainty.NormalisationChoice c) return c.alternatives().size();
        if (u instanceof Uncertainty.AggregationChoice c) return c.alternatives().size();
        if (u instanceof Uncertainty.ImputationChoice c) return c.alternatives().size();
        if (u instanceof Uncertainty.TreatmentChoice c) return c.alternatives().size();
        return 0;
    }

    /** Sets alternative {@code a}; false if it is what {@code base} already does (nothing would change). */
    private static boolean choose(Uncertainty u, int a, MethodSpec.Builder method, MethodSpec base) {
        Object chosen;
        Object current;
        if (u instanceof Uncertainty.NormalisationChoice c) {
            method.normalisation(c.alternatives().get(a));
            chosen = c.alternatives().get(a);
            current = base == null ? null : base.defaultNormalisation();
        } else if (u instanceof Uncertainty.AggregationChoice c) {
            method.aggregation(c.alternatives().get(a));
            chosen = c.alternatives().get(a);
            current = base == null ? null : base.defaultAggregation();
        } else if (u instanceof Uncertainty.ImputationChoice c) {
            method.imputation(c.alternatives().get(a));
            chosen = c.alternatives().get(a);
            current = base == null ? null : base.defaultImputation();
        } else if (u instanceof Uncertainty.TreatmentChoice c) {
            method.treatment(c.alternatives().get(a));
            chosen = c.alternatives().get(a);
            current = base == null ? null : base.defaultTreatment();
        } else {
            throw new AssertionError(u);
        }
        return !chosen.equals(current);
    }

    private static int[] ranks(IndexResult r, String node) {
        List<String> units = r.units();
        int[] out = new int[units.size()];
        for (int i = 0; i < out.length; i++) out[i] = r.rank(units.get(i), node).orElse(0);
        return out;
    }

    /** Mean |rank − base rank| over the units ranked in both. */
    private static double meanShift(int[] base, int[] other) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < base.length; i++) {
            if (base[i] > 0 && other[i] > 0) {
                sum += Math.abs(other[i] - base[i]);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** R's default quantile (type 7): linear between the order statistics at (n − 1)·p. */
    static double quantile(int[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
