package cn.tongcheng.rules.table;

import java.util.Map;

import cn.tongcheng.model.Location;

/**
 * One data row of a rule table: its cells by column id, and where each is.
 *
 * @param at      the row (file and line, no column)
 * @param cells   the trimmed text of each cell by column id; absent columns read as empty
 * @param columns the column letter of each column id the header has
 */
public record TableRow(TableKind kind, Location at, Map<String, String> cells, Map<String, String> columns) {

    public TableRow {
        cells = Map.copyOf(cells);
        columns = Map.copyOf(columns);
    }

    public String get(String column) {
        return cells.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return !get(column).isEmpty();
    }

    /** The location of a cell: the row and the column's letter (just the row when the table lacks the column). */
    public Location at(String column) {
        String letter = columns.get(column);
        return letter == null ? at : at.column(letter);
    }
}
