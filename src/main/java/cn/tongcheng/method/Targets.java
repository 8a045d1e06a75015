package cn.tongcheng.method;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** Targets per indicator, overridable per unit and indicator (a county's own target). */
public final class Targets {
    private record Key(String unit, String indicator) {
    }

    private final Map<String, Double> byIndicator;
    private final Map<Key, Double> byUnit;

    private Targets(Map<String, Double> byIndicator, Map<Key, Double> byUnit) {
        this.byIndicator = byIndicator;
        this.byUnit = byUnit;
    }

    public static Targets none() {
        return new Targets(Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The unit's own target if it has one, otherwise the indicator's. */
    public OptionalDouble target(String unit, String indicator) {
        Double t = byUnit.get(new Key(unit, indicator));
        if (t == null) t = byIndicator.get(indicator);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    public static final class Builder {
        private final Map<String, Double> byIndicator = new HashMap<>();
        private final Map<Key, Double> byUnit = new HashMap<>();

        public Builder indicator(String indicator, double target) {
            byIndicator.put(indicator, finite(target));
            return this;
        }

        public Builder unit(String unit, String indicator, double target) {
            byUnit.put(new Key(unit, indicator), finite(target));
            return this;
        }

        private static double finite(double t) {
            if (!Double.isFinite(t)) throw new IllegalArgumentException("a target must be a finite number, not " + t);
            return t;
        }

        public Targets build() {
            // a HashMap, not Map.copyOf: a national run has hundreds of thousands of unit targets, and the
            // immutable map's linear probing is slow on them
            return new Targets(Map.copyOf(byIndicator), java.util.Collections.unmodifiableMap(new HashMap<>(byUnit)));
        }
    }
}
