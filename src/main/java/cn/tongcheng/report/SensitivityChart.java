package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.facts.Numbers;

/**
 * Geometry of the sensitivity chart: one row per ranked place, a line from its 5 % to its 95 % rank, a dot
 * at its median and a tick at its rank in the assessment; rank 1 on the left.
 */
public record SensitivityChart(int width, int height, int plotX, int plotWidth, List<Row> rows, List<Tick> ticks,
                               List<String> sentences) {
    static final int ROW = 24;
    static final int LABEL = 150;
    static final int PLOT = 420;

    public record Row(String label, int y, int textY, double x1, double x2, double xMedian, double xBase, String title) {
    }

    public record Tick(double x, String label, int labelY) {
    }

    static SensitivityChart of(Sensitivity.Result r, Map<String, String> names, List<String> sentences, String median) {
        int n = r.places().size();
        int maxRank = Math.max(2, n);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sensitivity.RankSpread s = r.places().get(i);
            int y = 10 + i * ROW;
            rows.add(new Row(names.getOrDefault(s.place(), s.place()), y, y + 14, x(s.p5(), maxRank), x(s.p95(), maxRank),
                    x(s.medianRank(), maxRank), x(s.baseRank(), maxRank),
                    names.getOrDefault(s.place(), s.place()) + ": " + s.p5() + "–" + s.p95() + ", " + median + " "
                            + Numbers.format(s.medianRank())));
        }
        int bottom = 10 + n * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int k = 1; k <= maxRank; k++) ticks.add(new Tick(x(k, maxRank), String.valueOf(k), bottom + 14));
        return new SensitivityChart(LABEL + PLOT + 20, bottom + 24, LABEL, PLOT, rows, ticks, sentences);
    }

    private static double x(double rank, int maxRank) {
        return Numbers.round(LABEL + (rank - 1) / (maxRank - 1) * PLOT, 1);
    }
}
