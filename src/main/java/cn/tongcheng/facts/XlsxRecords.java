package cn.tongcheng.facts;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongcheng.problem.ProblemList;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
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
 * stored result. Numbers are read as stored, not as displayed, so that a format with thousands separators
 * or a % sign does not change them.
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
        Map<String, List<RawRecord>> out = new LinkedHashMap<>();
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
            if (out.isEmpty()) out.put("", records(wb.getSheetAt(0), shownName));
            return out;
        } catch (Exception | LinkageError e) {
            // POI wraps parser errors: "org.apache.xmlbeans.XmlException: error: Invalid byte …" → "Invalid byte …"
            String m = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip()
                    .replaceAll("^([\\w.$]+(Exception|Error): )+", "").replaceFirst("^error: ", "");
            problems.add(shownName, 0, "", "file.malformed", m.length() > 200 ? m.substring(0, 200) + "…" : m);
            return Map.of();
        }
    }

    private List<RawRecord> records(Sheet sheet, String shownName) {
        if (!sheet.getMergedRegions().isEmpty()) {
            for (CellRangeAddress r : sheet.getMergedRegions()) {
                problems.add(shownName, r.getFirstRow() + 1, r.formatAsString(), "xlsx.merged-cells", sheet.getSheetName());
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
            boolean any = false;
            boolean bad = false;
            for (int c = 0; c < header.size(); c++) {
                String text = text(row.getCell(c));
                if (text == null) {
                    bad = true;
                    continue;
                }
                if (!header.get(c).isEmpty() && !text.isEmpty()) fields.put(header.get(c), text);
                any |= !text.isEmpty();
            }
            if (any && !bad) out.add(new RawRecord(shownName, row.getRowNum() + 1, fields, new RawRecord.Header(headerLine, header)));
        }
        if (header == null) problems.add(shownName, 0, "", "file.empty");
        return out;
    }

    private List<String> header(Row row) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String t = text(row.getCell(c));
            names.add(t == null ? "" : RecordReader.headerName(t));
        }
        return names;
    }

    /** The cell's content as text; null (after reporting it) when the cell holds an error or an unread formula. */
    private String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : Numbers.format(cell.getNumericCellValue());
            case ERROR -> {
                problems.add(shownName, cell.getRowIndex() + 1, new CellAddress(cell).formatAsString(), "xlsx.error-cell",
                        FormulaError.forInt(cell.getErrorCellValue()).getString());
                yield null;
            }
            default -> "";
        };
    }
}
