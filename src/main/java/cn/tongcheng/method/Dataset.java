package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The data of one period (one assessment year): the units compared with each other, each with its groups
 * (categorical attributes such as kind or region), and numeric values per unit and variable. A variable is an
 * indicator or anything an indicator is divided by (population, GDP, area). A missing value is simply absent.
 */
public final class Dataset {

    /** A unit (place, country, department) and its groups, e.g. {@code group_eurasia → Europe}. */
    public record Unit(String code, Map<String, String> groups) {
        public Unit {
            if (code == null || code.isBlank()) throw new IllegalArgumentException("a unit needs a code");
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        }

        public Optional<String> group(String attribute) {
            return Optional.ofNullable(groups.get(attribute));
        }
    }

    private final Map<String, Unit> units;
    private final Map<String, Map<String, Double>> values;

    private Dataset(Map<String, Unit> units, Map<String, Map<String, Double>> values) {
        this.units = units;
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The units by code: every result is the same whatever order the data came in (sums run in this order). */
    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public Unit unit(String code) {
        Unit u = units.get(code);
        if (u == null) throw new IllegalArgumentException("no unit " + code + " in the data");
        return u;
    }

    public boolean hasUnit(String code) {
        return units.containsKey(code);
    }

    /** Whether any unit has a value of {@code variable}. */
    public boolean hasVariable(String variable) {
        return values.values().stream().anyMatch(v -> v.containsKey(variable));
    }

    public OptionalDouble value(String unit, String variable) {
        Double v = values.getOrDefault(unit, Map.of()).get(variable);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public static final class Builder {
        private final Map<String, Unit> units = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> values = new HashMap<>();
        private final List<String> duplicates = new ArrayList<>();

        public Builder unit(String code, Map<String, String> groups) {
            if (units.putIfAbsent(code, new Unit(code, groups)) != null) duplicates.add("unit " + code);
            return this;
        }

        /** A value of a unit already added; NaN and infinities are refused (absent is how missing is said). */
        public Builder value(String unit, String variable, double value) {
            if (!units.containsKey(unit)) throw new IllegalArgumentException("value for " + unit + ", which is not a unit of the data");
            if (!Double.isFinite(value)) throw new IllegalArgumentException(unit + " " + variable + ": " + value + " is not a finite number");
            if (values.computeIfAbsent(unit, k -> new HashMap<>()).putIfAbsent(variable, value) != null)
                duplicates.add(unit + " " + variable);
            return this;
        }

        public Dataset build() {
            if (!duplicates.isEmpty()) throw new IllegalArgumentException("given twice: " + String.join(", ", duplicates));
            Map<String, Map<String, Double>> frozen = new HashMap<>();
            values.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
            return new Dataset(Collections.unmodifiableMap(new java.util.TreeMap<>(units)), frozen);
        }
    }
}
