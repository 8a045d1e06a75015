package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of a place's radar chart: one axis per dimension, the score on it (0 at the centre, 100 = every
 * target met at the rim), a dashed ring at the target and one at the partly-met band; drawn as inline SVG by
 * the HTML template. A dimension without a score sits at the centre and its label says so.
 */
public record RadarChart(int width, int height, int cx, int cy, List<Ring> rings, List<Axis> axes, String points,
                         List<Dot> dots) {
    static final int RADIUS = 120;
    static final int WIDTH = 560;
    static final int HEIGHT = 340;

    public record Ring(String points, String kind, String label, int labelX, int labelY) {
    }

    public record Axis(int x, int y, int labelX, int labelY, String anchor, String label, String value) {
    }

    public record Dot(String cx, String cy, String title) {
    }

    /** A dimension to draw: its score (0–100) or null. */
    record Spoke(String label, Double score, String shown) {
    }

    static RadarChart of(List<Spoke> spokes, double partlyMet, String targetLabel, String partlyLabel) {
        int cx = WIDTH / 2;
        int cy = HEIGHT / 2;
        int n = spokes.size();
        List<Ring> rings = List.of(
                new Ring(polygon(cx, cy, n, i -> 100.0), "target", targetLabel, cx + 4, cy - RADIUS - 4),
                new Ring(polygon(cx, cy, n, i -> partlyMet * 100), "band", partlyLabel, cx + 4,
                        (int) Math.round(cy - RADIUS * partlyMet) - 4));
        List<Axis> axes = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Spoke s = spokes.get(i);
            double a = angle(i, n);
            double cos = Math.cos(a);
            double sin = Math.sin(a);
            String anchor = cos > 0.3 ? "start" : cos < -0.3 ? "end" : "middle";
            int labelY = (int) Math.round(cy + (RADIUS + 18) * sin + (sin > 0.3 ? 10 : sin < -0.3 ? -2 : 4));
            axes.add(new Axis((int) Math.round(cx + RADIUS * cos), (int) Math.round(cy + RADIUS * sin),
                    (int) Math.round(cx + (RADIUS + 12) * cos), labelY, anchor, s.label(), s.shown()));
            double r = RADIUS * (s.score() == null ? 0 : s.score()) / 100;
            dots.add(new Dot(fmt(cx + r * cos), fmt(cy + r * sin), s.label() + " " + s.shown()));
        }
        return new RadarChart(WIDTH, HEIGHT, cx, cy, rings, axes,
                polygon(cx, cy, n, i -> spokes.get(i).score() == null ? 0 : spokes.get(i).score()), dots);
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String polygon(int cx, int cy, int n, java.util.function.IntToDoubleFunction score) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double r = RADIUS * score.applyAsDouble(i) / 100;
            if (i > 0) b.append(' ');
            b.append(fmt(cx + r * Math.cos(angle(i, n)))).append(',').append(fmt(cy + r * Math.sin(angle(i, n))));
        }
        return b.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
