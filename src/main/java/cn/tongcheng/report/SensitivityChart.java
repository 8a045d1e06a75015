package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.method.MethodSensitivity;
import cn.tongcheng.method.Uncertainty;

/**
 * Geometry of the sensitivity charts, as COINr's {@code plot_uncertainty} and {@code plot_sensitivity} draw them:
 * one row per ranked place, a line from its 5 % to its 95 % rank, a dot at its median and a tick at its nominal
 * rank, rank 1 on the left; and, when there are sensitivity indices, one bar per varied choice, its length the
 * total index STi, its dark part the first-order index Si (negative estimates shown as 0, above 1 as 1).
 */
public record SensitivityChart(int width, int height, int plotX, int plotWidth, List<Row> rows, List<Tick> ticks,
                               List<String> sentences, Bars bars) {
    static final int ROW = 24;
    static final int LABEL = 150;
    static final int PLOT = 420;

    public record Row(String label, int y, int textY, double x1, double x2, double xMedian, double xBase, String title) {
    }

    public record Tick(double x, String label, int labelY) {
    }

    /** The bars of the sensitivity indices, on a scale from 0 to 1. */
    public record Bars(int width, int height, int plotX, List<Bar> bars, List<Tick> ticks) {
    }

    /** A bar from {@code x0}: {@code totalWidth} long (STi), its first {@code firstWidth} dark (Si). */
    public record Bar(String label, int y, int textY, double x0, double firstWidth, double totalWidth, String title) {
    }

    /**
     * @param choices the words of each varied choice ({@code sens.choice.*}), by choice
     * @param median  the word for the median rank, for the rows' titles
     */
    static SensitivityChart of(Sensitivity.Result r, Map<String, String> names, List<String> sentences, String median,
            Map<Uncertainty.Choice, String> choices) {
        int n = r.places().size();
        int maxRank = Math.max(2, r.places().stream().mapToInt(s -> (int) Math.ceil(Math.max(s.p95(), s.nominal()))).max().orElse(2));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sensitivity.RankSpread s = r.places().get(i);
            int y = 10 + i * ROW;
            String name = names.getOrDefault(s.place(), s.place());
            rows.add(new Row(name, y, y + 14, x(s.p5(), maxRank), x(s.p95(), maxRank), x(s.medianRank(), maxRank),
                    x(s.nominal(), maxRank), name + ": " + s.nominal() + " → " + SensitivityText.rank(s.p5()) + "–"
                            + SensitivityText.rank(s.p95()) + ", " + median + " " + SensitivityText.rank(s.medianRank())));
        }
        int bottom = 10 + n * ROW;
        int step = maxRank <= 20 ? 1 : maxRank <= 60 ? 5 : 10;
        List<Tick> ticks = new ArrayList<>();
        for (int k = 1; k <= maxRank; k++) {
            if (k == 1 || k % step == 0) ticks.add(new Tick(x(k, maxRank), String.valueOf(k), bottom + 14));
        }
        return new SensitivityChart(LABEL + PLOT + 20, bottom + 24, LABEL, PLOT, rows, ticks, sentences, bars(r, choices));
    }

    private static Bars bars(Sensitivity.Result r, Map<Uncertainty.Choice, String> choices) {
        if (r.influences().stream().allMatch(i -> i.total().isEmpty())) return null;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < r.influences().size(); i++) {
            MethodSensitivity.Influence inf = r.influences().get(i);
            int y = 10 + i * ROW;
            double total = clip(inf.total());
            double first = Math.min(clip(inf.firstOrder()), total);
            String label = choices.get(inf.choice());
            bars.add(new Bar(label, y, y + 14, LABEL, Numbers.round(first * PLOT, 1), Numbers.round(total * PLOT, 1), label + ": Si "
                    + SensitivityText.index(inf.firstOrder()) + ", STi " + SensitivityText.index(inf.total())));
        }
        int bottom = 10 + bars.size() * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int k = 0; k <= 4; k++) ticks.add(new Tick(share(k / 4.0), Numbers.format(k / 4.0), bottom + 14));
        return new Bars(LABEL + PLOT + 20, bottom + 24, LABEL, bars, ticks);
    }

    private static double clip(java.util.Optional<MethodSensitivity.Estimate> e) {
        return e.map(v -> Math.max(0, Math.min(1, v.value()))).orElse(0.0);
    }

    private static double share(double v) {
        return Numbers.round(LABEL + v * PLOT, 1);
    }

    private static double x(double rank, int maxRank) {
        return Numbers.round(LABEL + (rank - 1) / (maxRank - 1) * PLOT, 1);
    }
}
