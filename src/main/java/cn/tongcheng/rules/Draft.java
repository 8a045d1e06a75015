package cn.tongcheng.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of one decision-table row as its actions hand them over: field name to text. Rules fill it;
 * Java checks it afterwards, so that a bad cell gets a message naming the row and the column.
 */
public final class Draft {
    private final String kind;
    private final String id;
    private final String origin;
    private final Map<String, String> fields = new LinkedHashMap<>();

    public Draft(String kind, String id, String origin) {
        this.kind = kind;
        this.id = id == null ? "" : id.strip();
        this.origin = origin;
    }

    /** Called from rule actions: {@code d.put("weight", "$param");}. */
    public Draft put(String field, String value) {
        fields.put(field, value == null ? "" : value.strip());
        return this;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    /** {@code file:line} of the row or rule that made it. */
    public String origin() {
        return origin;
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    /** Drafts are equal when they come from the same row with the same cells (criteria are read once per row). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Draft d && kind.equals(d.kind) && id.equals(d.id) && origin.equals(d.origin)
                && fields.equals(d.fields);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, id, origin, fields);
    }
}
