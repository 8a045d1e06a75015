package cn.tongcheng.method;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import cn.tongcheng.method.Dataset.Unit;

/** Ranks scores descending by a {@link Ranking}. */
final class Ranker {
    private final Ranking ranking;
    private final boolean[] ranked;

    Ranker(Ranking ranking, List<Unit> units) {
        this.ranking = ranking;
        ranked = new boolean[units.size()];
        for (int i = 0; i < ranked.length; i++) ranked[i] = isRanked(ranking.ranked(), units.get(i));
    }

    private static boolean isRanked(Ranking.Ranked r, Unit u) {
        if (r instanceof Ranking.Ranked.InGroup g) return u.group(g.groupAttribute()).filter(g.value()::equals).isPresent();
        if (r instanceof Ranking.Ranked.Listed l) return l.units().contains(u.code());
        return true;
    }

    /** Ranks from 1 (0 for a unit that is not ranked or has no score). */
    int[] rank(double[] scores) {
        int n = scores.length;
        double[] s = new double[n];
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            s[i] = ranked[i] ? round(scores[i]) : Double.NaN;
            if (!Double.isNaN(s[i])) order.add(i);
        }
        order.sort((a, b) -> Double.compare(s[b], s[a]));
        int[] ranks = new int[n];
        int distinct = 0;
        for (int k = 0; k < order.size(); ) {
            int end = k;
            while (end + 1 < order.size() && s[order.get(end + 1)] == s[order.get(k)]) end++;
            distinct++;
            int rank = switch (ranking.ties()) {
                case MIN -> k + 1;
                case MAX -> end + 1;
                case DENSE -> distinct;
            };
            for (int t = k; t <= end; t++) ranks[order.get(t)] = rank;
            k = end + 1;
        }
        return ranks;
    }

    double round(double score) {
        if (Double.isNaN(score) || ranking.decimals().isEmpty()) return score;
        int decimals = ranking.decimals().getAsInt();
        double scale = Math.pow(10, decimals);
        double y = Math.abs(score) * scale;
        double fraction = y - Math.floor(y);
        // far from a half, the scaled double's own error (an ulp or so) cannot change the result
        if (y < 1e15 && Math.abs(fraction - 0.5) > 1e-6) return Math.copySign(Math.floor(y + 0.5) / scale, score) + 0.0;
        return new BigDecimal(score).setScale(decimals, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }
}
