package cn.tongcheng.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Change;
import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.YearOnYear;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.engine.Status;
import cn.tongcheng.facts.Value;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Dimension;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment as a workbook: a summary sheet (place, index, tier, rank, changes), a sheet per dimension
 * (place × indicator: value, target, score, status) and a recommendations sheet; frozen header rows, number
 * formats and conditional colours. Text is always written as text: a cell beginning with {@code = + - @} is
 * marked quote-prefixed so no spreadsheet takes it for a formula.
 */
public final class XlsxReport implements ReportWriter {

    @Override
    public String render(Assessment assessment, Language language) {
        throw new UnsupportedOperationException("xlsx is binary: use bytes()");
    }

    @Override
    public byte[] bytes(Assessment a, Language language) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Book(wb, a, new ReportText(Messages.of(language), a.catalogue())).write();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Book {
        private final XSSFWorkbook wb;
        private final Assessment a;
        private final ReportText x;
        private final Messages m;
        private final CellStyle header;
        private final CellStyle decimal;
        private final CellStyle signed;
        private final CellStyle integer;
        private final CellStyle plain;
        private final CellStyle hundredths;
        private final CellStyle text;
        private final CellStyle quoted;

        Book(XSSFWorkbook wb, Assessment a, ReportText x) {
            this.wb = wb;
            this.a = a;
            this.x = x;
            this.m = x.messages();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            decimal = numberStyle("0.0");
            signed = numberStyle("+0.0;-0.0;0.0");
            integer = numberStyle("0");
            plain = numberStyle("0.###");
            hundredths = numberStyle("0.00");
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
        }

        private CellStyle numberStyle(String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        void write() {
            summary();
            for (Dimension d : a.catalogue().dimensions()) dimension(d);
            recommendations();
        }

        private void summary() {
            Sheet s = sheet(m.get("sheet.summary"), "col.year", "col.place", "report.peer", "col.index", "col.tier",
                    "col.rank", "col.index-change", "col.rank-change", "col.coverage");
            int r = 1;
            for (PlaceAssessment p : a.places()) {
                Row row = s.createRow(r++);
                YearOnYear y = p.yearOnYear();
                number(row, 0, p.year(), integer);
                text(row, 1, p.place().name(x.zh()));
                text(row, 2, p.place().peer() ? m.get("report.peer") : "");
                number(row, 3, p.index(), decimal);
                text(row, 4, p.tier().isEmpty() ? "" : x.tier(p.tier()));
                number(row, 5, p.rank() == null ? null : p.rank().doubleValue(), integer);
                number(row, 6, delta(y == null ? null : y.index()), signed);
                number(row, 7, delta(y == null ? null : y.rank()), signed);
                text(row, 8, p.coverage().withData() + "/" + p.coverage().indicators());
            }
            scaleColours(s, 3, r);
            finish(s, 9, r);
        }

        private void dimension(Dimension d) {
            Sheet s = sheet(d.name(x.zh()), "col.year", "col.place", "col.indicator", "col.value", "col.target",
                    "col.score", "col.change", "col.status", "col.source");
            int r = 1;
            for (PlaceAssessment p : a.places()) {
                Map<String, Change> changes = p.yearOnYear() == null ? Map.of() : p.yearOnYear().indicators();
                for (IndicatorScore sc : p.indicators()) {
                    if (!sc.getDimension().equals(d.id())) continue;
                    Row row = s.createRow(r++);
                    number(row, 0, p.year(), integer);
                    text(row, 1, p.place().name(x.zh()));
                    text(row, 2, sc.definition().name(x.zh()));
                    value(row, 3, sc.getFact() == null ? null : sc.getFact().value(), sc);
                    value(row, 4, sc.getCriterion().target(), sc);
                    number(row, 5, sc.getScore(), decimal);
                    number(row, 6, delta(changes.get(sc.getIndicator())), signed);
                    text(row, 7, x.status(sc.getStatus()));
                    text(row, 8, x.provenance(sc.getFact()));
                }
            }
            statusColours(s, 7, r);
            finish(s, 9, r);
        }

        private void recommendations() {
            Sheet s = sheet(m.get("sheet.recommendations"), "col.year", "col.place", "col.about", "col.status",
                    "col.priority", "col.recommendation", "col.source", "col.quote");
            int r = 1;
            for (PlaceAssessment p : a.places()) {
                for (Recommendation rec : p.recommendations()) {
                    Row row = s.createRow(r++);
                    number(row, 0, p.year(), integer);
                    text(row, 1, p.place().name(x.zh()));
                    text(row, 2, rec.indicator().isEmpty() ? "" : x.indicator(rec.indicator()));
                    text(row, 3, rec.status() == null ? "" : x.status(rec.status()));
                    number(row, 4, rec.priority(), hundredths);
                    text(row, 5, rec.text(x.zh()));
                    text(row, 6, rec.source());
                    text(row, 7, rec.quote());
                }
            }
            statusColours(s, 3, r);
            finish(s, 8, r);
        }

        private Sheet sheet(String name, String... headerKeys) {
            Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
            Row row = s.createRow(0);
            for (int i = 0; i < headerKeys.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(m.get(headerKeys[i]));
                c.setCellStyle(header);
            }
            s.createFreezePane(0, 1);
            return s;
        }

        private void finish(Sheet s, int columns, int rows) {
            if (rows > 1) s.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
            for (int i = 0; i < columns; i++) s.setColumnWidth(i, i == 5 && columns == 8 ? 60 * 256 : 16 * 256);
        }

        /** Met green, partly met amber, not met red, no data grey: the status words stay, colour only adds. */
        private void statusColours(Sheet s, int column, int rows) {
            if (rows <= 1) return;
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            CellRangeAddress[] range = {new CellRangeAddress(1, rows - 1, column, column)};
            List<Map.Entry<Status, IndexedColors>> colours = List.of(Map.entry(Status.MET, IndexedColors.LIGHT_GREEN),
                    Map.entry(Status.PARTLY_MET, IndexedColors.LIGHT_ORANGE), Map.entry(Status.NOT_MET, IndexedColors.ROSE),
                    Map.entry(Status.NO_DATA, IndexedColors.GREY_25_PERCENT));
            for (Map.Entry<Status, IndexedColors> e : colours) {
                ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                        "\"" + x.status(e.getKey()) + "\"");
                rule.createPatternFormatting().setFillBackgroundColor(e.getValue().getIndex());
                cf.addConditionalFormatting(range, rule);
            }
        }

        private void scaleColours(Sheet s, int column, int rows) {
            if (rows <= 1) return;
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, rows - 1, column, column)},
                    cf.createConditionalFormattingColorScaleRule());
        }

        private void value(Row row, int col, Value v, IndicatorScore sc) {
            if (v == null) return;
            if (v instanceof Value.Number n) number(row, col, n.amount(), plain);
            else text(row, col, x.value(v.display(), sc.definition()));
        }

        private static Double delta(Change c) {
            return c == null ? null : c.delta();
        }

        private void number(Row row, int col, Number n, CellStyle style) {
            if (n == null) return;
            Cell c = row.createCell(col);
            c.setCellValue(n.doubleValue());
            c.setCellStyle(style);
        }

        private void text(Row row, int col, String s) {
            Cell c = row.createCell(col);
            c.setCellValue(s);
            c.setCellStyle(startsLikeFormula(s) ? quoted : text);
        }

        static boolean startsLikeFormula(String s) {
            return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
        }
    }
}
