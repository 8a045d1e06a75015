package cn.tongcheng.facts;

import java.util.Map;

/**
 * A record as read from a file, before validation: field names (lower case) to their text.
 * Nested objects are flattened with dots ({@code attributes.borders}).
 *
 * @param cells for records read from a workbook: each field's cell ({@code 填报!I14}); empty otherwise
 */
public record RawRecord(String file, int line, Map<String, String> fields, Map<String, String> cells) {

    public RawRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)); // in file order
        cells = Map.copyOf(cells);
    }

    public RawRecord(String file, int line, Map<String, String> fields) {
        this(file, line, fields, Map.of());
    }

    /** The trimmed text of a field, or an empty string when absent. */
    public String get(String field) {
        String v = fields.get(field);
        return v == null ? "" : v.strip();
    }

    public boolean has(String field) {
        return !get(field).isEmpty();
    }

    /** Where a problem with a field is shown: its cell in a workbook ({@code 填报!I14}), else the field's name. */
    public String where(String field) {
        return cells.getOrDefault(field, field);
    }

    /** The same record with its fields renamed (e.g. from a Chinese header to the field ids), cells following. */
    public RawRecord renamed(java.util.function.UnaryOperator<String> name) {
        Map<String, String> f = new java.util.LinkedHashMap<>();
        Map<String, String> c = new java.util.HashMap<>();
        fields.forEach((k, v) -> f.put(name.apply(k), v));
        cells.forEach((k, v) -> c.put(name.apply(k), v));
        return new RawRecord(file, line, f, c);
    }
}
