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
    private final UnitTable values;

    private Dataset(Map<String, Unit> units, UnitTable values) {
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
        return values.hasColumn(variable);
    }

    public OptionalDouble value(String unit, String variable) {
        double v = values.get(unit, variable);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The variable's values for {@code units} in that order (NaN for a missing one). */
    double[] column(String variable, List<String> unitCodes) {
        return values.column(variable, unitCodes);
    }

    public static final class Builder {
        private final Map<String, Unit> units = new LinkedHashMap<>();
        private final UnitTable values = new UnitTable();
        private final List<String> duplicates = new ArrayList<>();

        public Builder unit(String code, Map<String, String> groups) {
            if (units.putIfAbsent(code, new Unit(code, groups)) != null) duplicates.add("unit " + code);
            return this;
        }

        /** A value of a unit already added; NaN and infinities are refused (absent is how missing is said). */
        public Builder value(String unit, String variable, double value) {
            if (!units.containsKey(unit)) throw new IllegalArgumentException("value for " + unit + ", which is not a unit of the data");
            if (!Double.isFinite(value)) throw new IllegalArgumentException(unit + " " + variable + ": " + value + " is not a finite number");
            if (!values.putIfAbsent(unit, variable, value)) duplicates.add(unit + " " + variable);
            return this;
        }

        public Dataset build() {
            if (!duplicates.isEmpty()) throw new IllegalArgumentException("given twice: " + String.join(", ", duplicates));
            return new Dataset(Collections.unmodifiableMap(new java.util.TreeMap<>(units)), values.copy());
        }
    }
}
