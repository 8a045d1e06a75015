package cn.tongcheng.model;

/**
 * Where something is written in an author's file: the file as shown to the user, the 1-based line or
 * spreadsheet row (0 for the whole file) and the column letter of a table cell (empty for none).
 */
public record Location(String file, int line, String column) {

    public Location {
        column = column == null ? "" : column;
    }

    public static Location of(String file, int line) {
        return new Location(file, line, "");
    }

    /** The location of the same row without its column. */
    public Location row() {
        return column.isEmpty() ? this : new Location(file, line, "");
    }

    public Location column(String letter) {
        return new Location(file, line, letter);
    }

    /** The spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
    public static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) s.insert(0, (char) ('A' + i % 26));
        return s.toString();
    }

    /** {@code file:line} (or {@code file:line:column}), the form problems and origins print. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (line > 0 && !column.isEmpty()) s.append(':').append(column);
        return s.toString();
    }
}
