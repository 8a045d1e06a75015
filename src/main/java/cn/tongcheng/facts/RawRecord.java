package cn.tongcheng.facts;

import java.util.Map;

/**
 * A record as read from a file, before validation: field names (lower case) to their text.
 * Nested objects are flattened with dots ({@code attributes.borders}). Records of CSV and XLSX tables know
 * the column letter of each field.
 */
public record RawRecord(String file, int line, Map<String, String> fields, Header header) {

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
    }

    public RawRecord(String file, int line, Map<String, String> fields) {
        this(file, line, fields, Header.NONE);
    }

    /** The trimmed text of a field, or an empty string when absent. */
    public String get(String field) {
        String v = fields.get(field);
        return v == null ? "" : v.strip();
    }

    public boolean has(String field) {
        return !get(field).isEmpty();
    }
}
