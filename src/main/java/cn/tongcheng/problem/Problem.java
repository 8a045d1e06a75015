package cn.tongcheng.problem;

import java.util.Comparator;

/**
 * One thing wrong with the input: where it is, a stable code, and a one-line message that says
 * what is wrong and what to do. Printed as {@code file:line: field: code: message}, or, for a table cell,
 * {@code file:row:column: field: code: message}.
 *
 * @param file  the file as the user named it (relative to the working folder where possible)
 * @param line  1-based line or spreadsheet row; 0 when the problem is about the whole file
 * @param column the column letter of a table cell; empty when none
 * @param field the field, column or cell concerned; empty when none
 * @param code  stable identifier, e.g. {@code fact.unknown-place}; tests and docs refer to it
 * @param message one line, in the user's language
 */
public record Problem(String file, int line, String column, String field, String code, String message) {

    public static final Comparator<Problem> BY_LOCATION = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::column).thenComparing(Problem::field)
            .thenComparing(Problem::code);

    public Problem(String file, int line, String field, String code, String message) {
        this(file, line, "", field, code, message);
    }

    public Problem {
        column = column == null ? "" : column;
        field = field == null ? "" : field;
        message = message == null ? "" : message.replace('\n', ' ').strip();
    }

    public String location() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (line > 0 && !column.isEmpty()) s.append(':').append(column);
        if (!field.isEmpty()) s.append(": ").append(field);
        return s.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + code + ": " + message;
    }
}
