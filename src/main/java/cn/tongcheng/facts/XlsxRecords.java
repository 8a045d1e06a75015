package cn.tongcheng.facts;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongcheng.problem.ProblemList;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}) as records: the first non-empty row names the
 * fields, each later row is a record whose line is its row number. Merged cells are refused (only the first
 * cell of a merged range holds the value, the others would silently be empty), as are formulas without a
 * stored result. Cells are read as {@link CellText} says: a percent-formatted cell gives the percentage
 * it shows, other numbers as stored.
 */
final class XlsxRecords {
    private final String shownName;
    private final ProblemList problems;

    XlsxRecords(String shownName, ProblemList problems) {
        this.shownName = shownName;
        this.problems = problems;
    }

    List<RawRecord> read(byte[] bytes) {
        return sheets(bytes, name -> false).values().stream().findFirst().orElse(List.of());
    }

    /**
     * The records of each sheet whose name is wanted, by sheet name, as {@code file.xlsx!sheet}; when no sheet
     * is wanted, the first sheet's, as the file itself (under the key "").
     */
    Map<String, List<RawRecord>> sheets(byte[] bytes, java.util.function.Predicate<String> wanted) {
        return sheets(bytes, wanted, new ArrayList<>());
    }

    /** As {@link #sheets(byte[], java.util.function.Predicate)}; the sheets that hold data but were not read go to {@code unread}. */
    Map<String, List<RawRecord>> sheets(byte[] bytes, java.util.function.Predicate<String> wanted, List<String> unread) {
        Map<String, List<RawRecord>> out = new LinkedHashMap<>();
        if (!hasZipEnd(bytes)) {
            problems.add(shownName, 0, "", "file.malformed", "no end of the zip archive (the file is cut short)");
            return out;
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (wb.getNumberOfSheets() == 0) {
                problems.add(shownName, 0, "", "file.empty");
                return out;
            }
            for (Sheet sheet : wb) {
                if (wanted.test(sheet.getSheetName())) {
                    out.put(sheet.getSheetName(), records(sheet, shownName + "!" + sheet.getSheetName()));
                }
            }
            Sheet first = null;
            if (out.isEmpty()) {
                first = factSheet(wb);
                out.put("", records(first, shownName));
            }
            for (Sheet sheet : wb) {
                if (sheet != first && !out.containsKey(sheet.getSheetName()) && hasData(sheet)) unread.add(sheet.getSheetName());
            }
            return out;
        } catch (Exception | LinkageError e) {
            // POI wraps parser errors: "org.apache.xmlbeans.XmlException: error: Invalid byte …" → "Invalid byte …"
            String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip()
                    .replaceAll("^([\\w.$]+(Exception|Error): )+", "").replaceFirst("^error: ", "");
            problems.add(shownName, 0, "", "file.malformed", m.length() > 200 ? m.substring(0, 200) + "…" : m);
            return Map.of();
        }
    }

    private static boolean hasData(Sheet sheet) {
        for (Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK && !(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().isBlank())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The sheet that holds the facts: the first whose first non-empty row names the fact fields (a returned
     * form has its instructions first), else the first sheet.
     */
    private static Sheet factSheet(Workbook wb) {
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                List<String> names = new ArrayList<>();
                row.forEach(c -> names.add(c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : ""));
                if (names.stream().allMatch(String::isBlank)) continue;
                java.util.Set<FactField> fields = new java.util.HashSet<>();
                names.forEach(n -> FactField.ofHeader(n).ifPresent(fields::add));
                if (fields.contains(FactField.VALUE) && fields.contains(FactField.PLACE)) return sheet;
                break;
            }
        }
        return wb.getSheetAt(0);
    }

    private List<RawRecord> records(Sheet sheet, String shownName) {
        if (!sheet.getMergedRegions().isEmpty()) {
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                problems.add(shownName, r.getFirstRow() + 1, sheet.getSheetName() + "!" + r.formatAsString(), "xlsx.merged-cells", sheet.getSheetName());
            }
            return List.of();
        }
        List<String> header = null;
        int headerLine = 0;
        List<RawRecord> out = new ArrayList<>();
        for (Row row : sheet) {
            if (header == null) {
                header = header(row);
                headerLine = row.getRowNum() + 1;
                if (header.stream().allMatch(String::isEmpty)) header = null;
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> cells = new java.util.HashMap<>();
            boolean any = false;
            boolean bad = false;
            for (int c = 0; c < header.size(); c++) {
                String text = text(row.getCell(c));
                if (text == null) {
                    bad = true;
                    continue;
                }
                if (!header.get(c).isEmpty() && !text.isEmpty()) fields.put(header.get(c), text);
                if (!header.get(c).isEmpty()) cells.put(header.get(c), cellRef(sheet, row.getRowNum(), c));
                any |= !text.isEmpty();
            }
            // as in CSV, a value outside the named columns would be lost without a word: refuse the row
            int extra = 0;
            String firstExtra = "";
            for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                if (c < header.size() && !header.get(c).isEmpty()) continue;
                String text = text(row.getCell(c));
                if (text == null || text.isEmpty()) continue;
                if (extra++ == 0) firstExtra = cellRef(sheet, row.getRowNum(), c);
            }
            if (extra > 0) {
                problems.add(shownName, row.getRowNum() + 1, firstExtra, "csv.extra-cells", extra,
                        header.stream().filter(h -> !h.isEmpty()).count());
                bad = true;
            }
            if (any && !bad) out.add(new RawRecord(shownName, row.getRowNum() + 1, fields, new RawRecord.Header(headerLine, header), cells));
        }
        if (header == null) problems.add(shownName, 0, "", "file.empty");
        return out;
    }

    /**
     * An .xlsx is a zip archive, which ends with its directory; POI reads a file cut short as far as it goes
     * (a truncated sheet would read as an empty one), so a missing end record is refused first.
     */
    private static boolean hasZipEnd(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) return true;
        }
        return false;
    }

    static String cellRef(Sheet sheet, int row, int col) {
        return sheet.getSheetName() + "!" + new CellAddress(row, col).formatAsString();
    }

    private List<String> header(Row row) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String t = text(row.getCell(c));
            names.add(t == null ? "" : RecordReader.headerName(t));
        }
        return names;
    }

    /** The cell's content as text ({@link CellText}); null (after reporting it) when the cell holds an error. */
    private String text(Cell cell) {
        if (CellText.isError(cell)) {
            problems.add(shownName, cell.getRowIndex() + 1, cellRef(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex()), "xlsx.error-cell",
                    FormulaError.forInt(cell.getErrorCellValue()).getString());
            return null;
        }
        if (CellText.isUncalculated(cell)) {
            problems.add(shownName, cell.getRowIndex() + 1, cellRef(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex()),
                    "xlsx.uncalculated", cell.getCellFormula());
            return null;
        }
        return CellText.of(cell);
    }
}
