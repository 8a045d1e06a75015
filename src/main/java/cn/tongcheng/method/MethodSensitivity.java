package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How much the ranks at one node depend on the method's uncertain choices, as COINr's {@code get_sensitivity}
 * does it. Each {@link Uncertainty} is one input factor with a value u in [0, 1) that picks one of its
 * alternatives with equal chance (COINr's {@code sample_2_para}); weight noise picks one of {@code samples} noisy
 * weight sets drawn beforehand (COINr's {@code get_noisy_weights}). The index is computed anew for each sample
 * point:
 * <ul>
 * <li>{@link Design#UNCERTAINTY} (COINr {@code SA_type = "UA"}): {@code samples} random points;</li>
 * <li>{@link Design#SENSITIVITY} ({@code "SA"}): Saltelli's design of {@code samples·(d + 2)} points (COINr
 * {@code SA_sample}); the output of each point is the mean absolute change of rank against the nominal ranks, and
 * the first-order and total sensitivity indices of each factor are estimated from it as COINr's
 * {@code SA_estimate} does, with bootstrap 5–95 % intervals.</li>
 * </ul>
 * Each unit gets its nominal, mean and median rank and its 5–95 % interval (R's quantile type 7) over the random
 * points (the first 2·samples in the sensitivity design, as COINr). Besides, each choice is varied alone, the
 * others at the method's own: the mean number of places a unit moves then is the plainest answer to "which
 * choice moves ranks most". Points are computed in parallel, each on its own; the same seed gives the same
 * result whatever the number of threads.
 */
public final class MethodSensitivity {
    /** Weight sets computed alone to measure the influence of weight noise by itself. */
    static final int WEIGHT_SETS_ALONE = 20;
    /** In a combination, the method's own choice for this factor. */
    private static final int NOMINAL = -1;

    public enum Design { UNCERTAINTY, SENSITIVITY }

    /**
     * What to vary and how often.
     *
     * @param samples   COINr's N: points of an uncertainty analysis, or points per factor of a sensitivity analysis
     * @param bootstrap bootstrap draws for the intervals of the sensitivity indices (0: none)
     */
    public record Plan(String node, List<Uncertainty> uncertainties, Design design, int samples, long seed,
                       int bootstrap, int threads) {
        public Plan {
            uncertainties = List.copyOf(uncertainties);
            if (uncertainties.isEmpty()) throw new IllegalArgumentException("nothing to vary");
            if (samples < 3) throw new IllegalArgumentException("samples must be 3 or more, not " + samples);
            if (bootstrap < 0) throw new IllegalArgumentException("bootstrap draws must be 0 or more, not " + bootstrap);
            if (threads < 1) throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
    }

    /** Told how many of the index computations are done. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    /** A unit's rank over the random points in which it had one. */
    public record RankSpread(String unit, OptionalInt nominal, double mean, double median, double p5, double p95, int ranked) {
    }

    /** An estimate and, with bootstrap draws, its 5–95 % interval. */
    public record Estimate(double value, OptionalDouble low, OptionalDouble high) {
    }

    /**
     * What one choice does to the ranks: COINr's first-order (Si) and total (STi) sensitivity indices of the mean
     * absolute rank change (empty in an uncertainty analysis, or when no point changes any rank), and the mean
     * number of places a unit moves when only this choice varies.
     */
    public record Influence(Uncertainty.Choice choice, Optional<Estimate> firstOrder, Optional<Estimate> total, double meanRankShiftAlone) {
    }

    /**
     * @param design   the design used: a sensitivity analysis of one factor is an uncertainty analysis (COINr refuses it)
     * @param runs     index computations of the design (not counting the choices varied alone)
     * @param variance the variance of the mean absolute rank change over the random points
     */
    public record Result(String node, Design design, int samples, long seed, int runs, double variance,
                         List<RankSpread> units, List<Influence> influences) {
        public Result {
            units = List.copyOf(units);
            influences = List.copyOf(influences);
        }
    }

    private MethodSensitivity() {
    }

    public static Result analyse(IndexStructure structure, MethodSpec base, Dataset data, Plan plan, Progress progress) {
        structure.node(plan.node());
        List<Uncertainty> factors = plan.uncertainties();
        int d = factors.size();
        int n = plan.samples();
        Design design = d >= 2 ? plan.design() : Design.UNCERTAINTY;
        SplittableRandom random = new SplittableRandom(plan.seed());
        Variants variants = new Variants(structure, base, data, factors, n, random.split());

        double[][] points = design == Design.SENSITIVITY ? saltelli(n, d, random) : uniform(n, d, random);
        List<int[]> combos = new ArrayList<>();
        for (double[] p : points) {
            int[] c = new int[d];
            for (int j = 0; j < d; j++) c[j] = variants.pick(j, p[j]);
            combos.add(c);
        }
        Map<Integer, List<int[]>> alone = new LinkedHashMap<>();
        for (int j = 0; j < d; j++) {
            List<int[]> list = new ArrayList<>();
            for (int a : variants.differentFromNominal(j)) {
                int[] c = new int[d];
                Arrays.fill(c, NOMINAL);
                c[j] = a;
                list.add(c);
            }
            alone.put(j, list);
        }
        int[] none = new int[d];
        Arrays.fill(none, NOMINAL);
        List<int[]> all = new ArrayList<>(combos);
        all.add(none);
        alone.values().forEach(all::addAll);
        Map<List<Integer>, int[]> ranks = computeAll(variants, plan.node(), all, plan.threads(), progress);

        int[] nominal = ranks.get(key(none));
        List<String> units = variants.units;
        int random2 = design == Design.SENSITIVITY ? 2 * n : n;
        List<RankSpread> spreads = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int[] got = new int[random2];
            int k = 0;
            for (int r = 0; r < random2; r++) {
                int rank = ranks.get(key(combos.get(r)))[i];
                if (rank > 0) got[k++] = rank;
            }
            if (k == 0) continue;
            int[] sorted = Arrays.copyOf(got, k);
            Arrays.sort(sorted);
            spreads.add(new RankSpread(units.get(i), nominal[i] > 0 ? OptionalInt.of(nominal[i]) : OptionalInt.empty(),
                    Arrays.stream(sorted).average().orElseThrow(), quantile(sorted, 0.5), quantile(sorted, 0.05),
                    quantile(sorted, 0.95), k));
        }

        double[] y = new double[combos.size()];
        for (int r = 0; r < y.length; r++) y[r] = meanShift(nominal, ranks.get(key(combos.get(r))));
        double variance = variance(Arrays.copyOf(y, random2));
        List<Influence> influences = new ArrayList<>();
        SplittableRandom boot = new SplittableRandom(plan.seed() ^ 0x5DEECE66DL);
        for (int j = 0; j < d; j++) {
            double shift = 0;
            for (int[] c : alone.get(j)) shift += meanShift(nominal, ranks.get(key(c)));
            double aloneShift = alone.get(j).isEmpty() ? 0 : shift / alone.get(j).size();
            Optional<Estimate> si = Optional.empty();
            Optional<Estimate> sti = Optional.empty();
            if (design == Design.SENSITIVITY && variance > 0) {
                double[] sDiffs = new double[n];
                double[] tDiffs = new double[n];
                for (int r = 0; r < n; r++) {
                    double yA = y[r];
                    double yB = y[n + r];
                    double yABj = y[2 * n + j * n + r];
                    sDiffs[r] = yB * (yABj - yA);
                    tDiffs[r] = yA - yABj;
                }
                si = Optional.of(estimate(firstOrder(sDiffs, variance), plan.bootstrap(), boot, x -> firstOrder(x, variance), sDiffs));
                sti = Optional.of(estimate(total(tDiffs, variance), plan.bootstrap(), boot, x -> total(x, variance), tDiffs));
            }
            influences.add(new Influence(factors.get(j).choice(), si, sti, aloneShift));
        }
        return new Result(plan.node(), design, n, plan.seed(), combos.size(), variance, spreads, influences);
    }

    /** COINr's Si: mean(yB·(yABi − yA)) / var(y). */
    private static double firstOrder(double[] diffs, double variance) {
        return Arrays.stream(diffs).average().orElse(Double.NaN) / variance;
    }

    /** COINr's STi: Σ(yA − yABi)² / (2N·var(y)). */
    private static double total(double[] diffs, double variance) {
        double s = 0;
        for (double x : diffs) s += x * x;
        return s / (2.0 * diffs.length * variance);
    }

    private static Estimate estimate(double value, int draws, SplittableRandom random,
            java.util.function.ToDoubleFunction<double[]> statistic, double[] elements) {
        if (draws == 0) return new Estimate(value, OptionalDouble.empty(), OptionalDouble.empty());
        double[] stats = new double[draws];
        double[] resample = new double[elements.length];
        for (int b = 0; b < draws; b++) {
            for (int k = 0; k < resample.length; k++) resample[k] = elements[random.nextInt(elements.length)];
            stats[b] = statistic.applyAsDouble(resample);
        }
        Arrays.sort(stats);
        return new Estimate(value, OptionalDouble.of(quantile(stats, 0.05)), OptionalDouble.of(quantile(stats, 0.95)));
    }

    /** COINr's {@code SA_sample}: A, B, then A with column i taken from B for each i (N·(d + 2) rows). */
    static double[][] saltelli(int n, int d, SplittableRandom random) {
        double[][] a = uniform(n, d, random);
        double[][] b = uniform(n, d, random);
        double[][] out = new double[n * (d + 2)][];
        for (int r = 0; r < n; r++) {
            out[r] = a[r];
            out[n + r] = b[r];
        }
        for (int i = 0; i < d; i++) {
            for (int r = 0; r < n; r++) {
                double[] row = a[r].clone();
                row[i] = b[r][i];
                out[2 * n + i * n + r] = row;
            }
        }
        return out;
    }

    private static double[][] uniform(int n, int d, SplittableRandom random) {
        double[][] out = new double[n][d];
        for (double[] row : out) for (int j = 0; j < d; j++) row[j] = random.nextDouble();
        return out;
    }

    /** Each distinct combination once (many points share one when the choices are few), in parallel. */
    private static Map<List<Integer>, int[]> computeAll(Variants variants, String node, List<int[]> combos, int threads,
            Progress progress) {
        Map<List<Integer>, int[]> distinct = new LinkedHashMap<>();
        for (int[] c : combos) distinct.putIfAbsent(key(c), c);
        int total = distinct.size();
        AtomicInteger done = new AtomicInteger();
        Map<List<Integer>, int[]> out = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, total)), r -> {
            Thread t = new Thread(r, "sensitivity");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<List<Integer>, Future<int[]>> futures = new LinkedHashMap<>();
            distinct.forEach((k, c) -> futures.put(k, pool.submit(() -> {
                int[] r = ranks(variants.compute(c), node, variants.units);
                progress.update(done.incrementAndGet(), total);
                return r;
            })));
            for (Map.Entry<List<Integer>, Future<int[]>> e : futures.entrySet()) out.put(e.getKey(), e.getValue().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sensitivity analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static List<Integer> key(int[] combo) {
        return Arrays.stream(combo).boxed().toList();
    }

    private static int[] ranks(IndexResult r, String node, List<String> units) {
        int[] out = new int[units.size()];
        for (int i = 0; i < out.length; i++) out[i] = r.rank(units.get(i), node).orElse(0);
        return out;
    }

    /** Mean |rank − nominal rank| over the units ranked in both (COINr: {@code mean(abs(x − Nominal), na.rm = TRUE)}). */
    static double meanShift(int[] nominal, int[] other) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < nominal.length; i++) {
            if (nominal[i] > 0 && other[i] > 0) {
                sum += Math.abs(other[i] - nominal[i]);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The sample variance (n − 1), as R's {@code var}. */
    static double variance(double[] x) {
        double mean = Arrays.stream(x).average().orElse(0);
        double s = 0;
        for (double v : x) s += (v - mean) * (v - mean);
        return x.length < 2 ? 0 : s / (x.length - 1);
    }

    /** R's default quantile (type 7): linear between the order statistics at (n − 1)·p. */
    static double quantile(int[] sorted, double p) {
        return quantile(Arrays.stream(sorted).asDoubleStream().toArray(), p);
    }

    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private record OwnWeight(String unit, int node, double weight) {
    }

    /** The alternatives of each factor, and the method and tree a combination of them gives. */
    private static final class Variants {
        private final IndexStructure structure;
        private final MethodSpec base;
        private final Dataset data;
        private final List<Uncertainty> factors;
        private final List<String> units;
        private final List<Node> nodes;
        /** Per weight-noise factor, its weight sets: a factor per node of {@link #nodes}. */
        private final Map<Integer, List<double[]>> weightSets = new HashMap<>();
        /** The units' own weights: they take the node's factor. */
        private final List<OwnWeight> ownWeights = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        Variants(IndexStructure structure, MethodSpec base, Dataset data, List<Uncertainty> factors, int sets,
                SplittableRandom random) {
            this.structure = structure;
            this.base = base;
            this.data = data;
            this.factors = factors;
            this.units = data.units().stream().map(Dataset.Unit::code).toList();
            this.nodes = structure.nodes();
            for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).code(), i);
            for (int j = 0; j < factors.size(); j++) {
                if (!(factors.get(j) instanceof Uncertainty.WeightNoise w)) continue;
                List<double[]> list = new ArrayList<>();
                for (int k = 0; k < sets; k++) {
                    double[] f = new double[nodes.size()];
                    for (int i = 0; i < f.length; i++) {
                        Node node = nodes.get(i);
                        double s = node.parent().isEmpty() ? 0 : w.spread(structure.level(node.code()));
                        // drawn for every node, so that one level's spread does not change the others' draws
                        double u = random.nextDouble();
                        f[i] = 1 + (2 * u - 1) * s;
                    }
                    list.add(f);
                }
                weightSets.put(j, list);
            }
            if (!weightSets.isEmpty()) {
                for (String unit : units) {
                    for (int i = 0; i < nodes.size(); i++) {
                        double own = base.weight(unit, nodes.get(i));
                        // a unit's weight equal to the tree's follows the tree's factor anyway
                        if (own != nodes.get(i).weight()) ownWeights.add(new OwnWeight(unit, i, own));
                    }
                }
            }
        }

        int size(int factor) {
            Uncertainty u = factors.get(factor);
            if (u instanceof Uncertainty.WeightNoise) return weightSets.get(factor).size();
            return alternatives(u).size();
        }

        /** COINr's {@code cut(x, n_alt)}: [0, 1) in equal parts, one per alternative. */
        int pick(int factor, double u) {
            return Math.min(size(factor) - 1, (int) Math.floor(u * size(factor)));
        }

        /** The alternatives of a factor that differ from the method's own (weight noise: the first weight sets). */
        List<Integer> differentFromNominal(int factor) {
            Uncertainty u = factors.get(factor);
            List<Integer> out = new ArrayList<>();
            if (u instanceof Uncertainty.WeightNoise) {
                for (int k = 0; k < Math.min(WEIGHT_SETS_ALONE, size(factor)); k++) out.add(k);
                return out;
            }
            List<?> alts = alternatives(u);
            for (int a = 0; a < alts.size(); a++) if (differs(u, alts.get(a))) out.add(a);
            return out;
        }

        private boolean differs(Uncertainty u, Object alternative) {
            if (u instanceof Uncertainty.NormalisationChoice) return !alternative.equals(base.defaultNormalisation());
            if (u instanceof Uncertainty.AggregationChoice) return structure.aggregates().stream()
                    .anyMatch(n -> base.aggregation(n.code(), structure.level(n.code())) != alternative);
            if (u instanceof Uncertainty.ImputationChoice) return !alternative.equals(base.defaultImputation());
            if (u instanceof Uncertainty.TreatmentChoice) return !alternative.equals(base.defaultTreatment());
            return true;
        }

        private static List<?> alternatives(Uncertainty u) {
            if (u instanceof Uncertainty.NormalisationChoice c) return c.alternatives();
            if (u instanceof Uncertainty.AggregationChoice c) return c.alternatives();
            if (u instanceof Uncertainty.ImputationChoice c) return c.alternatives();
            if (u instanceof Uncertainty.TreatmentChoice c) return c.alternatives();
            return List.of();
        }

        IndexResult compute(int[] combo) {
            MethodSpec.Builder method = base.toBuilder();
            IndexStructure tree = structure;
            for (int j = 0; j < combo.length; j++) {
                if (combo[j] == NOMINAL) continue;
                Uncertainty u = factors.get(j);
                int a = combo[j];
                if (u instanceof Uncertainty.NormalisationChoice c) {
                    method.normalisation(c.alternatives().get(a));
                } else if (u instanceof Uncertainty.AggregationChoice c) {
                    method.aggregation(c.alternatives().get(a));
                    structure.aggregates().forEach(n -> method.aggregation(n.code(), c.alternatives().get(a)));
                } else if (u instanceof Uncertainty.ImputationChoice c) {
                    method.imputation(c.alternatives().get(a));
                } else if (u instanceof Uncertainty.TreatmentChoice c) {
                    method.treatment(c.alternatives().get(a));
                } else {
                    double[] f = weightSets.get(j).get(a);
                    tree = tree.withWeights(n -> n.weight() * f[index.get(n.code())]);
                    for (OwnWeight own : ownWeights) method.unitWeight(own.unit(), nodes.get(own.node()).code(), own.weight() * f[own.node()]);
                }
            }
            return CompositeIndex.compute(tree, method.build(), data);
        }
    }
}
