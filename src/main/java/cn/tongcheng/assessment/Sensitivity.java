package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.rules.Dimension;

/**
 * How much the ranking of a year depends on the weights: over seeded random draws, every dimension weight
 * and every criterion weight is multiplied by a factor from [1 − spread, 1 + spread]; dimension scores and
 * indexes are recomputed from the same indicator scores (the rules are not run again) and the ranked places
 * ranked anew. One-at-a-time doubling of each weight shows which dimensions and indicators move ranks most.
 */
public final class Sensitivity {
    /** A place's rank over the draws. */
    public record RankSpread(String place, int baseRank, double medianRank, int p5, int p95) {
    }

    /** How much doubling one weight moves the ranks, summed over the places (0 = not at all). */
    public record Influence(String kind, String id, int rankMoves) {
    }

    /** Two places whose rank intervals overlap: their order is not meaningful under the weights' uncertainty. */
    public record Overlap(String first, String second) {
    }

    public record Result(int year, int draws, long seed, double spread, List<RankSpread> places,
                         List<Influence> influences, List<Overlap> overlaps) {
    }

    private final Assessment assessment;
    private final Map<String, Double> dimensionWeights = new HashMap<>();

    public Sensitivity(Assessment assessment) {
        this.assessment = assessment;
        for (Dimension d : assessment.catalogue().dimensions()) dimensionWeights.put(d.id(), d.weight());
    }

    public Result analyse(int year, int draws, long seed) {
        double spread = assessment.catalogue().method().sensitivitySpread();
        List<PlaceAssessment> ranked = assessment.ofYear(year).stream().filter(p -> p.rank() != null)
                .sorted(Comparator.comparing(PlaceAssessment::rank)).toList();
        int[][] ranks = new int[ranked.size()][draws];
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 0; d < draws; d++) {
            Map<String, Double> factors = new HashMap<>();
            int[] r = rank(ranked, key -> factors.computeIfAbsent(key, k -> 1 + random.nextDouble(-spread, spread)));
            for (int i = 0; i < ranked.size(); i++) ranks[i][d] = r[i];
        }
        List<RankSpread> spreads = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            int[] sorted = ranks[i].clone();
            Arrays.sort(sorted);
            spreads.add(new RankSpread(ranked.get(i).place().id(), ranked.get(i).rank(), median(sorted),
                    percentile(sorted, 0.05), percentile(sorted, 0.95)));
        }
        return new Result(year, draws, seed, spread, spreads, influences(ranked), overlaps(spreads));
    }

    /** Factors are looked up by {@code d:<dimension>} and {@code i:<indicator>}; keys are drawn in a fixed order. */
    private int[] rank(List<PlaceAssessment> places, java.util.function.Function<String, Double> factor) {
        for (Dimension d : assessment.catalogue().dimensions()) factor.apply("d:" + d.id());
        assessment.catalogue().indicators().forEach(i -> factor.apply("i:" + i.id()));
        double[] index = new double[places.size()];
        for (int p = 0; p < places.size(); p++) index[p] = index(places.get(p), factor);
        int[] rank = new int[places.size()];
        for (int p = 0; p < places.size(); p++) {
            int better = 0;
            for (int q = 0; q < places.size(); q++) if (index[q] > index[p] + 1e-9) better++;
            rank[p] = better + 1;
        }
        return rank;
    }

    private double index(PlaceAssessment p, java.util.function.Function<String, Double> factor) {
        double sum = 0;
        double weights = 0;
        for (DimensionScore ds : p.dimensions()) {
            if (ds.score() == null) continue;
            double num = 0;
            double den = 0;
            for (IndicatorScore s : p.indicators()) {
                if (!s.getDimension().equals(ds.dimension()) || s.getScore() == null) continue;
                double w = s.getWeight() * factor.apply("i:" + s.getIndicator());
                num += w * s.getScore();
                den += w;
            }
            double w = dimensionWeights.getOrDefault(ds.dimension(), 0.0) * factor.apply("d:" + ds.dimension());
            sum += w * num / den;
            weights += w;
        }
        return weights == 0 ? 0 : sum / weights;
    }

    private List<Influence> influences(List<PlaceAssessment> ranked) {
        int[] base = rank(ranked, k -> 1.0);
        List<Influence> out = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        assessment.catalogue().dimensions().forEach(d -> keys.put("d:" + d.id(), "dimension"));
        assessment.catalogue().indicators().forEach(i -> keys.put("i:" + i.id(), "indicator"));
        keys.forEach((key, kind) -> {
            int[] doubled = rank(ranked, k -> k.equals(key) ? 2.0 : 1.0);
            int moves = 0;
            for (int i = 0; i < base.length; i++) moves += Math.abs(doubled[i] - base[i]);
            if (moves > 0) out.add(new Influence(kind, key.substring(2), moves));
        });
        out.sort(Comparator.comparingInt(Influence::rankMoves).reversed().thenComparing(Influence::id));
        return out;
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

    private static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static int percentile(int[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
