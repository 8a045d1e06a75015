package cn.tongcheng.facts;

import java.util.Map;

/**
 * A record as read from a file, before validation: field names (lower case) to their text.
 * Nested objects are flattened with dots ({@code attributes.borders}).
 */
public record RawRecord(String file, int line, Map<String, String> fields) {

    public RawRecord {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)); // in file order
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
