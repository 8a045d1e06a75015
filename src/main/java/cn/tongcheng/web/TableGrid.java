package cn.tongcheng.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * A rule table (CSV, or each sheet of a workbook) as rows of cells, numbered as the spreadsheet numbers them
 * (row 1, column A), so that a {@code check} message naming a row and cell ({@code …:8: E8}) can be found.
 */
record TableGrid(String sheet, List<String> columns, List<Line> rows) {

    record Line(int number, List<String> cells) {
    }

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    static boolean isTable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    static List<TableGrid> read(String name, byte[] bytes, String text) throws IOException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) return List.of(of("", csv(text)));
        List<TableGrid> sheets = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            wb.forEach(sheet -> {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.add(of(sheet.getSheetName(), rows));
            });
        }
        return sheets;
    }

    private static List<List<String>> csv(String text) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) rows.add(List.of(it.nextValue()));
        }
        return rows;
    }

    private static TableGrid of(String sheet, List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) columns.add(CellReference.convertNumToColString(c));
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < width) cells.add("");
            lines.add(new Line(r + 1, cells));
        }
        return new TableGrid(sheet, columns, lines);
    }
}
