package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers per unit and column (a node or a variable), e.g. a county's own weights or targets: a row of doubles
 * per unit indexed by an interned column number, NaN where a unit has none. Thousands of units × hundreds of
 * columns take a few bytes each, where maps of maps took a hundred.
 */
final class UnitTable {
    private final Map<String, Integer> columns;
    private final List<String> names;
    private final Map<String, double[]> rows;

    UnitTable() {
        this(new HashMap<>(), new ArrayList<>(), new HashMap<>());
    }

    private UnitTable(Map<String, Integer> columns, List<String> names, Map<String, double[]> rows) {
        this.columns = columns;
        this.names = names;
        this.rows = rows;
    }

    /** Sets a value; returns false if the unit had one in that column already (which it keeps). */
    boolean putIfAbsent(String unit, String column, double value) {
        int c = columns.computeIfAbsent(column, k -> {
            names.add(k);
            return names.size() - 1;
        });
        double[] row = rows.get(unit);
        if (row == null || row.length <= c) {
            int length = Math.max(c + 1, row == null ? 8 : row.length * 2);
            double[] grown = new double[length];
            Arrays.fill(grown, Double.NaN);
            if (row != null) System.arraycopy(row, 0, grown, 0, row.length);
            rows.put(unit, row = grown);
        }
        if (!Double.isNaN(row[c])) return false;
        row[c] = value;
        return true;
    }

    /** Sets or replaces a value. */
    void put(String unit, String column, double value) {
        if (!putIfAbsent(unit, column, value)) rows.get(unit)[columns.get(column)] = value;
    }

    /** The unit's value in the column, NaN for none. */
    double get(String unit, String column) {
        double[] row = rows.get(unit);
        if (row == null) return Double.NaN;
        Integer c = columns.get(column);
        return c == null || c >= row.length ? Double.NaN : row[c];
    }

    boolean hasColumn(String column) {
        Integer c = columns.get(column);
        if (c == null) return false;
        for (double[] row : rows.values()) if (c < row.length && !Double.isNaN(row[c])) return true;
        return false;
    }

    /** The columns that some unit has a value in. */
    Set<String> columnsPerUnit() {
        Set<String> out = new LinkedHashSet<>();
        for (double[] row : rows.values()) {
            for (int c = 0; c < row.length; c++) if (!Double.isNaN(row[c])) out.add(names.get(c));
        }
        return out;
    }

    /** The rows of {@code units} with the structure's nodes as columns: looked up once, so that a computation reads arrays only. */
    ByNode byNode(IndexStructure structure, List<String> units) {
        List<Node> nodes = structure.nodes();
        int[] column = new int[nodes.size()];
        for (int at = 0; at < column.length; at++) column[at] = columns.getOrDefault(nodes.get(at).code(), -1);
        double[][] of = new double[units.size()][];
        for (int u = 0; u < of.length; u++) of[u] = rows.get(units.get(u));
        return new ByNode(of, column);
    }

    /** Values by unit position and node position. */
    static final class ByNode {
        private final double[][] rows;
        private final int[] column;

        private ByNode(double[][] rows, int[] column) {
            this.rows = rows;
            this.column = column;
        }

        /** NaN for none. */
        double get(int unit, int node) {
            double[] row = rows[unit];
            int c = column[node];
            return row == null || c < 0 || c >= row.length ? Double.NaN : row[c];
        }
    }

    /** The column's values for {@code units} in that order (NaN for none). */
    double[] column(String column, List<String> units) {
        double[] out = new double[units.size()];
        Integer c = columns.get(column);
        for (int u = 0; u < out.length; u++) {
            double[] row = c == null ? null : rows.get(units.get(u));
            out[u] = row == null || c >= row.length ? Double.NaN : row[c];
        }
        return out;
    }

    /** An independent copy; rows are trimmed to the columns in use. */
    UnitTable copy() {
        Map<String, double[]> copied = new HashMap<>();
        int width = names.size();
        rows.forEach((unit, row) -> {
            double[] r = new double[Math.min(width, row.length)];
            System.arraycopy(row, 0, r, 0, r.length);
            copied.put(unit, r);
        });
        return new UnitTable(new HashMap<>(columns), new ArrayList<>(names), copied);
    }
}
