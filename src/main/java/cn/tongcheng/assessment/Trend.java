package cn.tongcheng.assessment;

/** The direction of a change since the previous year, after the method's steady band ({@code trend.steady}). */
public enum Trend {
    UP("↑"), STEADY("→"), DOWN("↓");

    private final String arrow;

    Trend(String arrow) {
        this.arrow = arrow;
    }

    public String arrow() {
        return arrow;
    }

    /** A change of less than {@code steady} in either direction is steady. */
    static Trend of(double delta, double steady) {
        if (Math.abs(delta) < steady) return STEADY;
        return delta > 0 ? UP : DOWN;
    }
}
