package cn.tongcheng.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.engine.Status;
import cn.tongcheng.report.ReportView.IndicatorRow;
import cn.tongcheng.report.ReportView.PlaceView;
import cn.tongcheng.report.ReportView.SummaryRow;
import cn.tongcheng.report.ReportView.TextRow;
import cn.tongcheng.report.ReportView.YearView;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment as a workbook: a summary sheet (place, index, tier, rank, changes), a sheet per dimension
 * (place × indicator: value, target, score, status) and a recommendations sheet; frozen header rows, number
 * formats with the indicator's unit, conditional colours, and pages set up for A4 landscape, one page wide,
 * header row on every page. Text is always written as text: a cell beginning with {@code = + - @} is
 * marked quote-prefixed so no spreadsheet takes it for a formula.
 */
public final class XlsxReport implements ReportWriter {

    @Override
    public byte[] write(ReportView view) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Book(wb, view).write();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Book {
        /** Excel's own three-colour scale (red, yellow, green), opaque so that every program draws it. */
        private static final List<XSSFColor> SCALE = List.of(rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xEB, 0x84), rgb(0x63, 0xBE, 0x7B));
        private final XSSFWorkbook wb;
        private final ReportView v;
        private final CellStyle header;
        private final CellStyle decimal;
        private final CellStyle signed;
        private final CellStyle integer;
        private final CellStyle hundredths;
        private final CellStyle text;
        private final CellStyle wrapped;
        private final CellStyle quoted;
        private final Map<String, CellStyle> withUnit = new HashMap<>();

        Book(XSSFWorkbook wb, ReportView v) {
            this.wb = wb;
            this.v = v;
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            decimal = numberStyle("0.0");
            signed = numberStyle("+0.0;-0.0;0.0");
            integer = numberStyle("0");
            hundredths = numberStyle("0.00");
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            wrapped = wb.createCellStyle();
            wrapped.cloneStyleFrom(text);
            wrapped.setWrapText(true);
            quoted = wb.createCellStyle();
            quoted.cloneStyleFrom(text);
            quoted.setQuotePrefixed(true);
        }

        private static XSSFColor rgb(int r, int g, int b) {
            return new XSSFColor(new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b});
        }

        private CellStyle numberStyle(String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        /** A number shown with its unit ("12.5 万人") and still a number to sort, filter and sum. */
        private CellStyle unitStyle(String unit) {
            String u = unit == null ? "" : unit.replace("\"", "").replace("\\", "").strip();
            return withUnit.computeIfAbsent(u, k -> numberStyle(k.isEmpty() ? "0.###" : "0.###\" " + k + "\""));
        }

        void write() {
            if (v.years().stream().anyMatch(YearView::hasBoard)) board();
            summary();
            for (int d = 0; d < v.dimensionNames().size(); d++) dimension(d);
            recommendations();
            monitoring();
            if (v.years().stream().anyMatch(YearView::hasGrading)) grading();
        }

        /** The annual assessment: a row per unit and year, the final score a number, why in the last cell. */
        private void grading() {
            Sheet s = sheet(t("grading.sheet"), "col.year", "grading.col.unit", "grading.col.kind", "grading.col.base",
                    "grading.col.bonus", "grading.col.deduction", "grading.col.final", "grading.col.by-score",
                    "grading.col.grade", "grading.col.why");
            int r = 1;
            for (YearView y : v.years()) {
                if (!y.hasGrading()) continue;
                for (GradingView.Row g : y.grading().rows()) {
                    Row row = s.createRow(r++);
                    number(row, 0, y.year(), integer);
                    text(row, 1, g.unit());
                    text(row, 2, g.kind());
                    text(row, 3, g.base());
                    text(row, 4, g.bonus());
                    text(row, 5, g.deduction());
                    number(row, 6, g.finalValue(), decimal);
                    text(row, 7, g.byScore());
                    text(row, 8, g.grade());
                    text(row, 9, String.join("\n", g.why()), true);
                }
            }
            finish(s, new int[] {8, 16, 10, 8, 8, 8, 10, 10, 10, 80}, r);
        }

        private String t(String key) {
            return v.t().get(key.replace('.', '_'));
        }

        /** The practice scoreboard, one row per year, practice and place: filter by place or by ✘ and ？. */
        private void board() {
            Sheet s = sheet(t("sheet.board"), "col.year", "board.practice", "col.place", "col.status", "board.notes",
                    "col.source", "col.quote");
            int r = 1;
            for (YearView y : v.years()) {
                if (!y.hasBoard()) continue;
                Map<String, ReportView.BoardNote> notes = new HashMap<>();
                y.board().notes().forEach(n -> notes.put(n.number(), n));
                for (ReportView.BoardRow pr : y.board().rows()) {
                    for (ReportView.BoardCell c : pr.cells()) {
                        Row row = s.createRow(r++);
                        number(row, 0, y.year(), integer);
                        text(row, 1, pr.practice(), true);
                        text(row, 2, c.place());
                        text(row, 3, c.mark() + " " + c.word());
                        ReportView.BoardNote n = notes.get(c.note());
                        if (n != null) {
                            text(row, 4, n.text(), true);
                            text(row, 5, n.source().id());
                            text(row, 6, n.quote(), true);
                        }
                    }
                }
            }
            finish(s, new int[] {8, 30, 12, 12, 50, 8, 40}, r);
        }

        private void summary() {
            Sheet s = sheet(t("report.summary.table"), "col.year", "col.place", "report.peer", "col.index", "col.tier",
                    "col.rank", "col.index-change", "col.rank-change", "col.coverage", "col.unreported", "col.rank-why");
            int r = 1;
            for (YearView y : v.years()) {
                for (SummaryRow p : y.rows()) {
                    Row row = s.createRow(r++);
                    number(row, 0, y.year(), integer);
                    text(row, 1, p.place());
                    text(row, 2, p.peerLabel());
                    number(row, 3, p.indexValue(), decimal);
                    text(row, 4, p.tier());
                    number(row, 5, p.rankValue(), integer);
                    number(row, 6, p.indexDelta(), signed);
                    number(row, 7, p.rankDelta(), signed);
                    text(row, 8, p.coverage());
                    number(row, 9, p.unreportedCount(), integer);
                    if (!p.peer()) text(row, 10, y.notRanked(), true);
                }
            }
            scaleColours(s, 3, r);
            finish(s, new int[] {8, 18, 10, 10, 10, 8, 10, 10, 10, 10, 40}, r);
        }

        private void dimension(int index) {
            String dimensionId = v.dimensionIds().get(index);
            Sheet s = sheet(v.dimensionNames().get(index), "col.year", "col.place", "col.indicator", "col.value",
                    "col.target", "col.score", "col.change", "col.status", "col.source", "col.basis");
            int r = 1;
            for (YearView y : v.years()) {
                // places without any data would add a row of blanks per indicator: the summary lists them
                for (PlaceView p : y.placesWithData()) {
                    for (IndicatorRow sc : p.indicators()) {
                        if (!sc.dimension().equals(dimensionId)) continue;
                        Row row = s.createRow(r++);
                        number(row, 0, y.year(), integer);
                        text(row, 1, p.name());
                        text(row, 2, sc.indicator());
                        if (sc.hasData()) value(row, 3, sc.valueNumber(), sc.value(), sc.unit());
                        value(row, 4, sc.targetNumber(), sc.target(), sc.unit());
                        number(row, 5, sc.scoreValue(), decimal);
                        number(row, 6, sc.changeDelta(), signed);
                        text(row, 7, sc.statusText());
                        // the source with its quote or evidence, as every report shows them
                        text(row, 8, sc.quote().isEmpty() ? sc.source().id() : sc.source().id() + "「" + sc.quote() + "」", true);
                        text(row, 9, sc.basis(), true);
                    }
                }
            }
            scaleColours(s, 5, r);
            statusColours(s, 7, r);
            finish(s, new int[] {8, 14, 40, 14, 14, 8, 8, 10, 8, 40}, r);
        }

        private void recommendations() {
            Sheet s = sheet(t("sheet.recommendations"), "col.year", "col.place", "col.about", "col.status",
                    "col.priority", "col.recommendation", "col.source", "col.quote");
            int r = 1;
            for (YearView y : v.years()) {
                for (PlaceView p : y.places()) {
                    for (TextRow rec : concat(p.recommendations().all(), p.noDataRecommendations().all())) {
                        Row row = s.createRow(r++);
                        number(row, 0, y.year(), integer);
                        text(row, 1, p.name());
                        text(row, 2, rec.indicator());
                        text(row, 3, rec.statusText());
                        number(row, 4, rec.priority(), hundredths);
                        text(row, 5, rec.text(), true);
                        text(row, 6, rec.source().id());
                        text(row, 7, rec.quote(), true);
                    }
                }
            }
            statusColours(s, 3, r);
            finish(s, new int[] {8, 14, 30, 10, 8, 60, 8, 40}, r);
        }

        /** The monitoring indicators: value (a number with its unit), change, source; never scored. */
        private void monitoring() {
            MonitoringSection m = v.monitoring();
            if (m.isEmpty()) return;
            Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(cn.tongcheng.i18n.Messages.of(v.language()).get("report.monitoring.sheet")));
            Row head = s.createRow(0);
            for (int i = 0; i < m.header().size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(m.header().get(i));
                c.setCellStyle(header);
            }
            s.createFreezePane(0, 1);
            int r = 1;
            Map<String, cn.tongcheng.facts.Indicator> indicators = v.assessment().catalogue().indicatorsById();
            for (MonitoringSection.Row mr : m.rows()) {
                Row row = s.createRow(r++);
                number(row, 0, mr.year(), integer);
                text(row, 1, mr.place());
                text(row, 2, mr.indicator());
                value(row, 3, mr.valueNumber(), mr.value(), indicators.get(mr.indicatorId()).unit());
                if (mr.changeDelta() != null) number(row, 4, mr.changeDelta(), signed);
                else text(row, 4, mr.change());
                text(row, 5, mr.why(), true);
                text(row, 6, mr.quote().isEmpty() ? mr.source().id() : mr.source().id() + "「" + mr.quote() + "」", true);
            }
            finish(s, new int[] {8, 14, 40, 14, 14, 30, 50}, r);
        }

        private static List<TextRow> concat(List<TextRow> a, List<TextRow> b) {
            List<TextRow> all = new java.util.ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private Sheet sheet(String name, String... headerKeys) {
            Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
            Row row = s.createRow(0);
            for (int i = 0; i < headerKeys.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(t(headerKeys[i]));
                c.setCellStyle(header);
            }
            s.createFreezePane(0, 1);
            return s;
        }

        /** Column widths, the filter, and the page: A4 landscape, one page wide, the header row on every page. */
        private void finish(Sheet s, int[] widths, int rows) {
            if (rows > 1) s.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, widths.length - 1));
            for (int i = 0; i < widths.length; i++) s.setColumnWidth(i, widths[i] * 256);
            PrintSetup ps = s.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(true);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            s.setFitToPage(true);
            s.setAutobreaks(true);
            s.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            s.getHeader().setCenter(v.title() + " · " + s.getSheetName());
            s.getFooter().setCenter("&P / &N");
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
                        "\"" + v.t().getOrDefault("status_" + e.getKey().name().toLowerCase(java.util.Locale.ROOT), "")
                                .replace("\"", "") + "\"");
                rule.createPatternFormatting().setFillBackgroundColor(e.getValue().getIndex());
                cf.addConditionalFormatting(range, rule);
            }
        }

        /** Scores 0–100: red at 0, yellow at the partly-met band, green at 100 (a fixed scale, comparable across sheets). */
        private void scaleColours(Sheet s, int column, int rows) {
            if (rows <= 1) return;
            SheetConditionalFormatting cf = s.getSheetConditionalFormatting();
            ConditionalFormattingRule rule = cf.createConditionalFormattingColorScaleRule();
            ColorScaleFormatting scale = rule.getColorScaleFormatting();
            double[] at = {0, v.partlyMetFrom() * 100, 100};
            for (int i = 0; i < 3; i++) {
                scale.getThresholds()[i].setRangeType(RangeType.NUMBER);
                scale.getThresholds()[i].setValue(at[i]);
            }
            scale.setColors(SCALE.toArray(new XSSFColor[0]));
            cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, rows - 1, column, column)}, rule);
        }

        private void value(Row row, int col, Double number, String shown, String unit) {
            if (number != null) number(row, col, number, unitStyle(unit));
            else text(row, col, shown);
        }

        private void number(Row row, int col, Number n, CellStyle style) {
            if (n == null) return;
            Cell c = row.createCell(col);
            c.setCellValue(n.doubleValue());
            c.setCellStyle(style);
        }

        private void text(Row row, int col, String s) {
            text(row, col, s, false);
        }

        private void text(Row row, int col, String s, boolean wrap) {
            Cell c = row.createCell(col);
            c.setCellValue(s == null ? "" : s);
            c.setCellStyle(startsLikeFormula(s) ? quoted : wrap ? wrapped : text);
        }

        static boolean startsLikeFormula(String s) {
            return s != null && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0;
        }
    }
}
