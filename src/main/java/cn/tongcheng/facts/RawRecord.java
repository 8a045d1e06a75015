package cn.tongcheng.facts;

import java.util.Map;

/**
 * A record as read from a file, before validation: field names (lower case) to their text.
 * Nested objects are flattened with dots ({@code attributes.borders}).
 *
 * @param header for records of a CSV or XLSX table: the header row; {@link Header#NONE} otherwise
 * @param cells  for records read from a workbook: each field's cell ({@code 填报!I14}); empty otherwise
 */
public record RawRecord(String file, int line, Map<String, String> fields, Header header, Map<String, String> cells) {

    /**
     * The header row of a CSV or XLSX table: its line and its cells in order (lower case, trimmed; empty
     * for a blank header cell). {@link #NONE} for JSON and YAML records.
     */
    public record Header(int line, java.util.List<String> names) {
        public static final Header NONE = new Header(0, java.util.List.of());

        public Header {
            names = java.util.List.copyOf(names);
        }

        /** The column letter of a field; empty when the header has no such field. */
        public String column(String field) {
            int i = names.indexOf(field);
            return i < 0 ? "" : cn.tongcheng.model.Location.letter(i);
        }
    }

    public RawRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)); // in file order
        cells = Map.copyOf(cells);
    }

    public RawRecord(String file, int line, Map<String, String> fields) {
        this(file, line, fields, Header.NONE, Map.of());
    }

    public RawRecord(String file, int line, Map<String, String> fields, Header header) {
        this(file, line, fields, header, Map.of());
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
        return new RawRecord(file, line, f, header, c);
    }
}
