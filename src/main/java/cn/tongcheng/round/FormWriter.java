package cn.tongcheng.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactField;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.SourceKind;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Catalogue;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a unit's form as a workbook: an instructions sheet, and a data sheet with a row per indicator that
 * applies to the unit in the year. The reference columns (place, year, indicator, definition, unit, type,
 * range, the previous value) and the header are protected; the input columns (value, kind of source, source,
 * evidence, note, contact) are open, with Excel data validation: lists for yes/no, levels and kinds of
 * source, ranges from the catalogue. A value in % is a percent-formatted cell (typing 35 shows 35 %), which
 * every reader takes as 35. Printable on A4 landscape, one page wide, the header repeated on every page.
 * The data sheet is a fact table: its headers are fact fields, so a returned form is read like any fact file.
 */
public final class FormWriter {
    /** The columns of the data sheet, in order; those from VALUE on are filled in by the unit. */
    static final List<FactField> COLUMNS = List.of(FactField.PLACE, FactField.YEAR, FactField.INDICATOR, FactField.NAME,
            FactField.DIMENSION, FactField.DEFINITION, FactField.UNIT, FactField.TYPE, FactField.RANGE,
            FactField.PREVIOUS_VALUE, FactField.PREVIOUS_SOURCE, FactField.VALUE, FactField.SOURCE_KIND,
            FactField.SOURCE, FactField.EVIDENCE, FactField.NOTE, FactField.CONTACT);
    private static final int[] WIDTHS = {8, 6, 18, 22, 9, 34, 7, 12, 9, 10, 20, 10, 10, 16, 22, 12, 11};
    static final int FIRST_INPUT = COLUMNS.indexOf(FactField.VALUE);
    static final int VALUE = FIRST_INPUT;
    static final int KIND = COLUMNS.indexOf(FactField.SOURCE_KIND);

    private final Catalogue catalogue;
    private final Messages m;
    private final boolean zh;

    public FormWriter(Catalogue catalogue, Language language) {
        this.catalogue = catalogue;
        this.m = Messages.of(language);
        this.zh = language == Language.ZH;
    }

    /** The name of a unit's form file. */
    public String fileName(Place place, int year) {
        return place.name(zh) + "-" + year + ".xlsx";
    }

    /** The sheet names, so that instructions can refer to them. */
    public String dataSheetName() {
        return m.get("form.sheet.data");
    }

    public byte[] write(Place place, int year, List<FormItem> items) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            instructions(wb, styles, place, year, items.size());
            data(wb, styles, place, year, items);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void instructions(XSSFWorkbook wb, Styles s, Place place, int year, int count) {
        XSSFSheet sheet = wb.createSheet(m.get("form.sheet.instructions"));
        sheet.setColumnWidth(0, INSTRUCTION_WIDTH * 256);
        int r = 0;
        text(sheet.createRow(r++), 0, m.get("form.title", place.name(zh), year), s.title);
        r++;
        for (int i = 1; ; i++) {
            String key = "form.instructions." + i;
            String line = m.get(key, place.name(zh), year, count, dataSheetName(), kinds());
            if (line.startsWith(key)) break;
            Row row = sheet.createRow(r++);
            text(row, 0, line, s.wrap);
            row.setHeightInPoints(LINE_POINTS * (1 + width(line) / (INSTRUCTION_WIDTH - 2)));
        }
        sheet.protectSheet("");
        a4(sheet, false);
        sheet.setHorizontallyCenter(false);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    private String kinds() {
        StringBuilder b = new StringBuilder();
        for (SourceKind k : SourceKind.values()) {
            if (b.length() > 0) b.append(zh ? "；" : "; ");
            b.append(k.label(zh)).append(zh ? "：" : ": ").append(m.get("form.kind." + k.id()));
        }
        return b.toString();
    }

    private void data(XSSFWorkbook wb, Styles s, Place place, int year, List<FormItem> items) {
        XSSFSheet sheet = wb.createSheet(dataSheetName());
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30);
        for (int c = 0; c < COLUMNS.size(); c++) {
            text(header, c, COLUMNS.get(c).header(zh), c >= FIRST_INPUT ? s.inputHeader : s.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        DataValidationHelper dv = sheet.getDataValidationHelper();
        for (int i = 0; i < items.size(); i++) {
            FormItem item = items.get(i);
            Indicator ind = item.indicator();
            Row row = sheet.createRow(i + 1);
            text(row, 0, place.nameZh(), s.locked);
            row.createCell(1).setCellValue(year);
            row.getCell(1).setCellStyle(s.locked);
            text(row, 2, ind.id(), s.locked);
            text(row, 3, ind.name(zh), s.lockedWrap);
            text(row, 4, catalogue.dimension(ind.dimension()).map(d -> d.nameZh().isBlank() || !zh ? d.nameEn() : d.nameZh())
                    .orElse(ind.dimension()), s.locked);
            text(row, 5, ind.definition(), s.lockedWrap);
            text(row, 6, ind.unit(), s.locked);
            text(row, 7, type(ind), s.lockedWrap);
            text(row, 8, range(ind), s.lockedWrap);
            text(row, 9, item.previous().map(f -> f.value().display() + (f.year() == year - 1 ? "" : "（" + f.year() + "）"))
                    .orElse(""), s.locked);
            text(row, 10, item.previous().map(this::provenance).orElse(""), s.lockedWrap);
            for (int c = FIRST_INPUT; c < COLUMNS.size(); c++) {
                row.createCell(c).setCellStyle(c == VALUE && "%".equals(ind.unit()) ? s.percentInput : s.input);
            }
            row.setHeightInPoints(LINE_POINTS * lines(row));
            validation(sheet, dv, ind, i + 1);
        }
        if (!items.isEmpty()) {
            String[] kinds = java.util.Arrays.stream(SourceKind.values()).map(k -> k.label(zh)).toArray(String[]::new);
            DataValidation kind = dv.createValidation(dv.createExplicitListConstraint(kinds),
                    new CellRangeAddressList(1, items.size(), KIND, KIND));
            error(kind, m.get("form.invalid.kind", String.join(zh ? "、" : ", ", kinds)));
            sheet.addValidationData(kind);
        }
        sheet.createFreezePane(4, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, items.size()), 0, COLUMNS.size() - 1));
        sheet.lockAutoFilter(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSort(false);
        sheet.protectSheet("");
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.getHeader().setCenter(m.get("form.title", place.name(zh), year));
        sheet.getFooter().setCenter("&P / &N");
        a4(sheet, true);
        sheet.getPrintSetup().setFitHeight((short) Math.max(1, (items.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE));
        wb.setActiveSheet(1);
    }

    private static final float LINE_POINTS = 14;
    private static final int INSTRUCTION_WIDTH = 70;
    private static final int ROWS_PER_PAGE = 12;

    /**
     * The lines the row's longest wrapped text needs in its column (a Chinese character takes two widths): rows
     * written by POI keep the default height, so wrapped text would be cut off on screen and on paper.
     */
    private static int lines(Row row) {
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING || !c.getCellStyle().getWrapText()) continue;
            int width = width(c.getStringCellValue());
            lines = Math.max(lines, (width + WIDTHS[c.getColumnIndex()] - 2) / (WIDTHS[c.getColumnIndex()] - 1));
        }
        return Math.min(lines, 8);
    }

    /** The width of a text in character cells: a Chinese character takes two. */
    private static int width(String text) {
        return text.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
    }

    private String provenance(Fact f) {
        String proof = f.kind().needsQuote() ? f.quote() : f.evidence();
        return f.source() + (proof.isBlank() ? "" : zh ? "「" + proof + "」" : " “" + proof + "”");
    }

    private String type(Indicator ind) {
        return switch (ind.type()) {
            case NUMBER -> m.get("form.type.number");
            case YESNO -> m.get("form.type.yesno");
            case LEVEL -> m.get("form.type.level", String.join(" < ", ind.levels()));
        };
    }

    private String range(Indicator ind) {
        if (ind.type() != IndicatorType.NUMBER) return "";
        boolean low = !Double.isNaN(ind.min());
        boolean high = !Double.isNaN(ind.max());
        if (low && high) return Numbers.format(ind.min()) + "–" + Numbers.format(ind.max());
        if (low) return "≥ " + Numbers.format(ind.min());
        return high ? "≤ " + Numbers.format(ind.max()) : "";
    }

    private void validation(XSSFSheet sheet, DataValidationHelper dv, Indicator ind, int row) {
        CellRangeAddressList cell = new CellRangeAddressList(row, row, VALUE, VALUE);
        DataValidationConstraint constraint;
        String message;
        switch (ind.type()) {
            case YESNO -> {
                String[] yesNo = {m.get("form.yes"), m.get("form.no")};
                constraint = dv.createExplicitListConstraint(yesNo);
                message = m.get("form.invalid.list", String.join(zh ? "、" : ", ", yesNo));
            }
            case LEVEL -> {
                // Excel keeps at most 255 characters of an explicit list; the type column lists the levels anyway
                if (String.join(",", ind.levels()).length() > 255) return;
                constraint = dv.createExplicitListConstraint(ind.levels().toArray(String[]::new));
                message = m.get("form.invalid.list", String.join(zh ? "、" : ", ", ind.levels()));
            }
            default -> {
                boolean percent = "%".equals(ind.unit());
                double scale = percent ? 0.01 : 1;
                boolean low = !Double.isNaN(ind.min());
                boolean high = !Double.isNaN(ind.max());
                if (!low && !high) return;
                String min = low ? Numbers.format(ind.min() * scale) : null;
                String max = high ? Numbers.format(ind.max() * scale) : null;
                int op = low && high ? DataValidationConstraint.OperatorType.BETWEEN
                        : low ? DataValidationConstraint.OperatorType.GREATER_OR_EQUAL
                        : DataValidationConstraint.OperatorType.LESS_OR_EQUAL;
                constraint = dv.createDecimalConstraint(op, low ? min : max, low && high ? max : null);
                message = m.get(percent ? "form.invalid.percent" : "form.invalid.range", range(ind), ind.unit());
            }
        }
        DataValidation v = dv.createValidation(constraint, cell);
        error(v, message);
        sheet.addValidationData(v);
    }

    private void error(DataValidation v, String message) {
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(m.get("form.invalid.title"), message);
        v.setEmptyCellAllowed(true);
        if (v.getValidationConstraint().getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        }
    }

    private static void a4(XSSFSheet sheet, boolean landscape) {
        PrintSetup p = sheet.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(landscape);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static void text(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text == null ? "" : text);
        c.setCellStyle(style);
    }

    /** The cell styles of a form: reference cells locked and grey, input cells open and white. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle wrap;
        final CellStyle header;
        final CellStyle inputHeader;
        final CellStyle locked;
        final CellStyle lockedWrap;
        final CellStyle input;
        final CellStyle percentInput;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            header = bordered(wb);
            header.setFont(bold);
            header.setWrapText(true);
            fill(header, IndexedColors.GREY_25_PERCENT);
            inputHeader = bordered(wb);
            inputHeader.setFont(bold);
            inputHeader.setWrapText(true);
            fill(inputHeader, IndexedColors.LIGHT_YELLOW);
            locked = bordered(wb);
            fill(locked, IndexedColors.GREY_25_PERCENT);
            lockedWrap = bordered(wb);
            lockedWrap.setWrapText(true);
            fill(lockedWrap, IndexedColors.GREY_25_PERCENT);
            input = bordered(wb);
            input.setLocked(false);
            input.setWrapText(true);
            percentInput = bordered(wb);
            percentInput.setLocked(false);
            percentInput.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }

        private static void fill(CellStyle s, IndexedColors color) {
            s.setFillForegroundColor(color.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
