package cn.tongcheng.facts;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text an Excel or WPS cell stands for, the one way every XLSX reader of the project reads cells:
 * <ul>
 * <li>a number in a percent format is the percentage the cell shows, with its sign: 0.35 shown as 35 % is
 *     {@code 35%} (the value parser takes it as 35 for an indicator in %, and refuses it for any other unit);
 *     the stored digits are kept, not the rounded display (0.3512 shown as 35 % is {@code 35.12%});</li>
 * <li>other numbers as stored, whatever their format (thousands separators, decimals shown);</li>
 * <li>a formula gives its cached result, read by the same rules;</li>
 * <li>a date gives its ISO date ({@code 2017-03-01}), which no year and no value accepts: facts are annual;</li>
 * <li>text, including a number typed or pasted as text, as it stands (parsed like the text of a CSV file).</li>
 * </ul>
 * Error cells and formulas never calculated are the caller's to report: {@link #isError}, {@link #isUncalculated}.
 */
public final class CellText {
    private CellText() {
    }

    public static String of(Cell cell) {
        if (cell == null) return "";
        CellType type = type(cell);
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> number(cell);
            default -> "";
        };
    }

    public static boolean isError(Cell cell) {
        return cell != null && type(cell) == CellType.ERROR;
    }

    /**
     * True for a formula that was never calculated (a file written by a program, not saved by Excel or WPS):
     * POI would read it as 0, a silent wrong value.
     */
    public static boolean isUncalculated(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA
                && cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x && !x.getCTCell().isSetV();
    }

    private static CellType type(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        double v = cell.getNumericCellValue();
        if (isPercentFormat(cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString())) {
            return Numbers.format(BigDecimal.valueOf(v).movePointRight(2).doubleValue()) + "%";
        }
        return Numbers.format(v);
    }

    /**
     * A workbook in which every number in a percent format holds the percentage it shows (0.35 shown as
     * 35 % becomes 35, in the General format), for readers that read stored numbers (Drools' decision-table
     * parser reads 0.35). Formulas are left as they are; a workbook POI cannot read is returned unchanged.
     */
    public static byte[] withPercentagesShown(byte[] xlsx) {
        try (org.apache.poi.ss.usermodel.Workbook wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                new java.io.ByteArrayInputStream(xlsx)); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            java.util.Map<Short, org.apache.poi.ss.usermodel.CellStyle> general = new java.util.HashMap<>();
            boolean changed = false;
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.NUMERIC || c.getCellStyle() == null || DateUtil.isCellDateFormatted(c)
                                || !isPercentFormat(c.getCellStyle().getDataFormatString())) continue;
                        org.apache.poi.ss.usermodel.CellStyle plain = general.computeIfAbsent(c.getCellStyle().getIndex(), i -> {
                            org.apache.poi.ss.usermodel.CellStyle st = wb.createCellStyle();
                            st.cloneStyleFrom(c.getCellStyle());
                            st.setDataFormat((short) 0);
                            return st;
                        });
                        c.setCellValue(BigDecimal.valueOf(c.getNumericCellValue()).movePointRight(2).doubleValue());
                        c.setCellStyle(plain);
                        changed = true;
                    }
                }
            }
            if (!changed) return xlsx;
            wb.write(out);
            return out.toByteArray();
        } catch (Exception | LinkageError e) {
            return xlsx;
        }
    }

    /**
     * True when a number format multiplies by 100: a {@code %} that is not inside quotes or escaped
     * ({@code 0.0"%"} shows the stored number followed by a sign, it does not scale it).
     */
    static boolean isPercentFormat(String format) {
        if (format == null) return false;
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '\\' && !quoted) i++;
            else if (c == '%' && !quoted) return true;
        }
        return false;
    }
}
