package cn.tongcheng.rules.table;

/**
 * A column of a rule table.
 *
 * @param id       the English header, also the name the code reads the cell by
 * @param zh       the Chinese header, accepted in place of the id
 * @param required true when the header must be present (a cell may still be empty where the row allows)
 */
public record Column(String id, String zh, boolean required) {

    static Column required(String id, String zh) {
        return new Column(id, zh, true);
    }

    static Column optional(String id, String zh) {
        return new Column(id, zh, false);
    }

    /** Whether a header cell (trimmed, lower case) names this column. */
    boolean named(String header) {
        return id.equals(header) || zh.equals(header);
    }
}
