package cn.tongcheng.rules.table;

import java.util.List;

/** A table of the rule base as read from one file (or one sheet of a workbook). */
public record RuleTable(TableKind kind, String file, List<TableRow> rows) {

    public RuleTable {
        rows = List.copyOf(rows);
    }
}
