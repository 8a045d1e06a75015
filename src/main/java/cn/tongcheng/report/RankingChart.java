package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Geometry of the summary chart: one horizontal bar per place, longest first, coloured by tier, places
 * without an index last and without a bar; drawn as inline SVG by the HTML template.
 */
public record RankingChart(int width, int height, int plotX, int plotWidth, List<Bar> bars, List<Tick> ticks) {
    static final int LABEL_WIDTH = 170;
    static final int PLOT_WIDTH = 480;
    static final int ROW = 26;
    static final int TOP = 10;

    /** A place's bar: {@code tier} is the tier id (a CSS class), {@code label} its name with rank. */
    public record Bar(String label, String value, String tier, boolean peer, int y, int textY, int barWidth,
                      int valueX) {
    }

    public record Tick(int x, int labelY, String label) {
    }

    /** One entry to draw: {@code index} null for a place without one, drawn without a bar and with {@code shown}. */
    record Entry(String label, Double index, String shown, String tier, boolean peer) {
    }

    static RankingChart of(List<Entry> entries) {
        List<Entry> sorted = entries.stream().sorted(java.util.Comparator.comparing(Entry::index,
                java.util.Comparator.nullsLast(java.util.Comparator.<Double>reverseOrder()))).toList();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            int y = TOP + i * ROW;
            int w = e.index() == null ? 0 : (int) Math.round(PLOT_WIDTH * Math.max(0, Math.min(100, e.index())) / 100);
            bars.add(new Bar(e.label(), e.shown(), e.tier().isEmpty() ? "none" : e.tier(), e.peer(),
                    y, y + 13, w, LABEL_WIDTH + w + 6));
        }
        int plotBottom = TOP + sorted.size() * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) ticks.add(new Tick(LABEL_WIDTH + PLOT_WIDTH * v / 100, plotBottom + 14, String.valueOf(v)));
        return new RankingChart(LABEL_WIDTH + PLOT_WIDTH + 50, plotBottom + 22, LABEL_WIDTH, PLOT_WIDTH, bars, ticks);
    }

    /** Width on a printed page: its pixels at 96 per inch, narrowed to the text width of A4 ({@value #PRINT_MM} mm). */
    public String printWidth() {
        return Math.round(printScale() * width) + "mm";
    }

    public String printHeight() {
        return Math.round(printScale() * height) + "mm";
    }

    static final double PRINT_MM = 170;

    private double printScale() {
        return Math.min(25.4 / 96, PRINT_MM / width);
    }

    /** Bottom of the plot area, where the tick lines end. */
    public int plotBottom() {
        return height - 22;
    }
}
