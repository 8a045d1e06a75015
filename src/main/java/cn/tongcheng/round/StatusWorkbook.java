package cn.tongcheng.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Catalogue;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The status of a round as a workbook: a summary sheet (unit, files, reported of asked, coverage, enough for
 * the assessment, reported of asked per dimension) and a sheet of every missing indicator per unit, so that
 * the office can sort and filter whom to chase.
 */
public final class StatusWorkbook {
    private StatusWorkbook() {
    }

    public static byte[] write(RoundStatus status, Catalogue catalogue, Language language) {
        Messages m = Messages.of(language);
        boolean zh = language == Language.ZH;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            List<String> dims = status.units().stream().flatMap(u -> u.dimensions().stream())
                    .map(UnitStatus.DimensionStatus::dimension).distinct().toList();
            Sheet summary = wb.createSheet(m.get("status.sheet.summary"));
            List<String> heads = new ArrayList<>(List.of(m.get("status.col.unit"), m.get("status.col.files"),
                    m.get("status.col.reported-n"), m.get("status.col.asked"), m.get("status.col.coverage"), m.get("status.col.enough")));
            dims.forEach(d -> heads.add(StatusText.dimensionName(catalogue, d, zh)));
            header(summary, heads, header);
            int r = 1;
            for (UnitStatus u : status.units()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(u.place().name(zh));
                row.createCell(1).setCellValue(u.files().isEmpty() ? m.get("status.not-returned") : String.join(", ", u.files()));
                row.createCell(2).setCellValue(u.reported());
                row.createCell(3).setCellValue(u.asked());
                row.createCell(4).setCellValue(u.weighted());
                row.getCell(4).setCellStyle(percent);
                row.createCell(5).setCellValue(m.get(u.enough() ? "form.yes" : "form.no"));
                for (int i = 0; i < dims.size(); i++) {
                    String d = dims.get(i);
                    row.createCell(6 + i).setCellValue(u.dimensions().stream().filter(x -> x.dimension().equals(d)).findFirst()
                            .map(x -> x.reported() + "/" + x.asked()).orElse("—"));
                }
            }
            finish(summary, heads.size(), r);
            Sheet missing = wb.createSheet(m.get("status.sheet.missing"));
            List<String> mh = List.of(m.get("status.col.unit"), m.get("status.col.dimension"), m.get("status.col.indicator-id"),
                    m.get("status.col.indicator"), m.get("status.col.unit-of-measure"));
            header(missing, mh, header);
            r = 1;
            for (UnitStatus u : status.units()) {
                for (Indicator i : u.missing()) {
                    Row row = missing.createRow(r++);
                    row.createCell(0).setCellValue(u.place().name(zh));
                    row.createCell(1).setCellValue(StatusText.dimensionName(catalogue, i.dimension(), zh));
                    row.createCell(2).setCellValue(i.id());
                    row.createCell(3).setCellValue(i.name(zh));
                    row.createCell(4).setCellValue(i.unit());
                }
            }
            finish(missing, mh.size(), r);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> heads, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < heads.size(); c++) {
            row.createCell(c).setCellValue(heads.get(c));
            row.getCell(c).setCellStyle(style);
            sheet.setColumnWidth(c, (c == 1 ? 36 : 14) * 256);
        }
    }

    private static void finish(Sheet sheet, int columns, int rows) {
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows - 1), 0, columns - 1));
    }
}
