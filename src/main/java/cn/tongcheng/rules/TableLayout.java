package cn.tongcheng.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.tongcheng.facts.TextDecoder;
import cn.tongcheng.problem.ProblemList;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Checks the header of each rule table in a decision table before Drools reads it, because Drools'
 * own messages for a broken header name no cell: the row under {@code RuleTable} must hold known column
 * kinds (CONDITION, ACTION, NAME …), every CONDITION and ACTION column needs its code in the snippet row,
 * no data cell may stand outside the columns, and a spreadsheet may not merge cells of a rule table.
 * Problems name the sheet (for spreadsheets) and the cell, e.g. {@code targets.drl.csv:8: E8}.
 */
final class TableLayout {
    static final Set<String> KINDS = Set.of("CONDITION", "ACTION", "NAME", "DESCRIPTION", "PRIORITY", "SALIENCE",
            "DURATION", "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE", "AUTO-FOCUS",
            "ACTIVATION-GROUP", "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES", "METADATA");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private TableLayout() {
    }

    /** Adds a problem for each broken header cell; true when the table is fit to be translated. */
    static boolean check(String shownName, byte[] bytes, ProblemList problems) {
        int before = problems.sorted().size();
        try {
            if (shownName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                TextDecoder.decode(bytes, null).ifPresent(t -> checkRows(shownName, "", csvRows(t.text()), problems));
            } else {
                checkWorkbook(shownName, bytes, problems);
            }
        } catch (IOException | RuntimeException e) {
            return true; // not readable as a table at all: Drools' translator reports that
        }
        return problems.sorted().size() == before;
    }

    private static List<List<String>> csvRows(String text) throws RuntimeException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) rows.add(List.of(it.nextValue()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static void checkWorkbook(String shownName, byte[] bytes, ProblemList problems) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : format.formatCellValue(cell));
                        }
                    }
                    rows.add(cells);
                }
                int tableRow = tableRow(rows);
                if (tableRow < 0) continue;
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    if (merged.getLastRow() >= tableRow) {
                        problems.add(shownName, merged.getFirstRow() + 1, sheet.getSheetName() + "!"
                                + merged.formatAsString(), "rules.table-merged");
                    }
                }
                checkRows(shownName, sheet.getSheetName(), rows, problems);
            }
        }
    }

    private static int tableRow(List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).isEmpty() && rows.get(r).get(0).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) {
                return r;
            }
        }
        return -1;
    }

    private static void checkRows(String shownName, String sheet, List<List<String>> rows, ProblemList problems) {
        int table = tableRow(rows);
        if (table < 0 || table + 3 >= rows.size()) return; // no table, or cut short: Drools reports it
        List<String> kinds = rows.get(table + 1);
        List<String> snippets = rows.get(table + 3);
        int width = 0;
        for (int c = 0; c < kinds.size(); c++) {
            String kind = kinds.get(c).strip();
            if (kind.isEmpty()) continue;
            width = c + 1;
            if (!KINDS.contains(kind.toUpperCase(Locale.ROOT))) {
                problems.add(shownName, table + 2, cell(sheet, table + 1, c), "rules.table-kind", kind,
                        "CONDITION, ACTION, NAME, DESCRIPTION, PRIORITY …");
            } else if (isCode(kind) && (c >= snippets.size() || snippets.get(c).isBlank())) {
                problems.add(shownName, table + 4, cell(sheet, table + 3, c), "rules.table-no-code", kind);
            }
        }
        for (int r = table + 5; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (!row.isEmpty() && row.get(0).strip().toLowerCase(Locale.ROOT).startsWith("ruletable")) return;
            for (int c = width; c < row.size(); c++) {
                if (!row.get(c).isBlank()) {
                    problems.add(shownName, r + 1, cell(sheet, r, c), "rules.table-outside", row.get(c).strip());
                    break;
                }
            }
        }
    }

    private static boolean isCode(String kind) {
        String k = kind.toUpperCase(Locale.ROOT);
        return k.equals("CONDITION") || k.equals("ACTION");
    }

    /** A cell as a spreadsheet names it: {@code E8}, or {@code Sheet1!E8}. */
    private static String cell(String sheet, int row, int column) {
        String ref = new CellReference(row, column).formatAsString(false);
        return sheet.isEmpty() ? ref : sheet + "!" + ref;
    }
}
