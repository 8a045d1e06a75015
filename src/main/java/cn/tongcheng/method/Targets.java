package cn.tongcheng.method;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Targets per indicator, overridable per unit and indicator (a county's own target). */
public final class Targets {
    private final Map<String, Double> byIndicator;
    private final UnitTable byUnit;

    private Targets(Map<String, Double> byIndicator, UnitTable byUnit) {
        this.byIndicator = byIndicator;
        this.byUnit = byUnit;
    }

    public static Targets none() {
        return new Targets(Map.of(), new UnitTable());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The unit's own target if it has one, otherwise the indicator's. */
    public OptionalDouble target(String unit, String indicator) {
        double own = byUnit.get(unit, indicator);
        if (!Double.isNaN(own)) return OptionalDouble.of(own);
        Double t = byIndicator.get(indicator);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    /** Each unit's target of the indicator, in the order of {@code units} (NaN for none). */
    double[] column(String indicator, List<String> units) {
        double[] out = byUnit.column(indicator, units);
        Double t = byIndicator.get(indicator);
        if (t != null) for (int u = 0; u < out.length; u++) if (Double.isNaN(out[u])) out[u] = t;
        return out;
    }

    public static final class Builder {
        private final Map<String, Double> byIndicator = new HashMap<>();
        private final UnitTable byUnit = new UnitTable();

        public Builder indicator(String indicator, double target) {
            byIndicator.put(indicator, finite(target));
            return this;
        }

        public Builder unit(String unit, String indicator, double target) {
            byUnit.put(unit, indicator, finite(target));
            return this;
        }

        private static double finite(double t) {
            if (!Double.isFinite(t)) throw new IllegalArgumentException("a target must be a finite number, not " + t);
            return t;
        }

        public Targets build() {
            return new Targets(Map.copyOf(byIndicator), byUnit.copy());
        }
    }
}
