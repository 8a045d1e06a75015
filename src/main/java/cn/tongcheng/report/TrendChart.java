package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of a place's trend chart across the assessed years: the index and each dimension as lines on a
 * 0–100 scale, a year per tick; a year without a score breaks the line, and a line without any score is left out. The values are kept beside the
 * geometry for writers that draw their own chart (Word's native line chart).
 */
public record TrendChart(int width, int height, int plotX, int plotY, int plotWidth, int plotHeight, List<Integer> years,
                         List<Tick> xTicks, List<Tick> yTicks, List<Series> series) {
    static final int WIDTH = 560;
    static final int PLOT_X = 40;
    static final int PLOT_Y = 10;
    static final int PLOT_WIDTH = 480;
    static final int PLOT_HEIGHT = 180;
    static final int LEGEND_ROW = 18;
    static final List<String> COLOURS = List.of("#1a202c", "#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c",
            "#319795", "#b7791f", "#718096");

    public record Tick(int x, int y, String label) {
    }

    /** One line: its name and colour, its values by year (null: no score), the polylines and dots drawn. */
    public record Series(String name, String colour, boolean main, List<Double> values, List<String> lines,
                         List<Dot> dots, int legendX, int legendY) {
    }

    public record Dot(String cx, String cy, String title) {
    }

    /** A line to draw: its name and its score per year, in the order of {@code years}. */
    record Line(String name, List<Double> values) {
    }

    static TrendChart of(List<Integer> years, List<Line> lines) {
        List<Tick> xTicks = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            xTicks.add(new Tick(x(i, years.size()), PLOT_Y + PLOT_HEIGHT + 16, String.valueOf(years.get(i))));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) yTicks.add(new Tick(PLOT_X - 6, (int) Math.round(y(v)), String.valueOf(v)));
        List<Series> series = new ArrayList<>();
        int legendTop = PLOT_Y + PLOT_HEIGHT + 34;
        int shown = 0;
        for (int s = 0; s < lines.size(); s++) {
            Line line = lines.get(s);
            // a line without any score would be a name in the legend and nothing on the plot
            if (line.values().stream().allMatch(java.util.Objects::isNull)) continue;
            List<String> polylines = new ArrayList<>();
            List<Dot> dots = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < years.size(); i++) {
                Double v = line.values().get(i);
                if (v == null) {
                    if (current.length() > 0) polylines.add(current.toString());
                    current.setLength(0);
                    continue;
                }
                String px = fmt(x(i, years.size()));
                String py = fmt(y(v));
                if (current.length() > 0) current.append(' ');
                current.append(px).append(',').append(py);
                dots.add(new Dot(px, py, line.name() + " " + years.get(i) + ": " + cn.tongcheng.facts.Numbers.format(v)));
            }
            if (current.length() > 0) polylines.add(current.toString());
            series.add(new Series(line.name(), COLOURS.get(s % COLOURS.size()), s == 0, line.values(), polylines, dots,
                    PLOT_X + (shown % 3) * 170, legendTop + (shown / 3) * LEGEND_ROW));
            shown++;
        }
        int height = legendTop + ((shown + 2) / 3) * LEGEND_ROW + 4;
        return new TrendChart(WIDTH, height, PLOT_X, PLOT_Y, PLOT_WIDTH, PLOT_HEIGHT, List.copyOf(years), xTicks, yTicks,
                series);
    }

    public int plotBottom() {
        return PLOT_Y + PLOT_HEIGHT;
    }

    public int plotRight() {
        return PLOT_X + PLOT_WIDTH;
    }

    private static int x(int i, int n) {
        return n == 1 ? PLOT_X + PLOT_WIDTH / 2 : PLOT_X + 20 + (PLOT_WIDTH - 40) * i / (n - 1);
    }

    private static double y(double v) {
        return PLOT_Y + PLOT_HEIGHT * (1 - Math.max(0, Math.min(100, v)) / 100);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
