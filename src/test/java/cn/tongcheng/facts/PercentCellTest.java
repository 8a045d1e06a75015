package cn.tongcheng.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.engine.IndicatorScore;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cell that shows 40 % is 40 in every XLSX reader: fact files and rule tables alike. */
class PercentCellTest {
    @TempDir
    Path dir;

    @Test
    void aTargetShownAs40PercentInAnExcelRuleTableIs40() throws Exception {
        Path rules = Fixtures.copy(Fixtures.miniRules(), dir.resolve("rules"));
        Path csv = rules.resolve("criteria/targets.csv");
        List<List<String>> rows = new com.fasterxml.jackson.dataformat.csv.CsvMapper().readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(Files.readString(csv, StandardCharsets.UTF_8)).readAll();
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(rules.resolve("criteria/targets.xlsx"))) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            Sheet sheet = wb.createSheet("Criteria");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v == null || v.isEmpty()) continue;
                    if (rows.get(r).get(0).equals("C-SHARE") && c == 5) {
                        row.createCell(c).setCellValue(0.4); // typed as 40 % in Excel
                        row.getCell(c).setCellStyle(percent);
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
        Files.delete(csv);
        Assessment a = Fixtures.assess(rules, Fixtures.miniFacts(), List.of(2016), 1);
        IndicatorScore share = a.places().stream().filter(p -> p.place().id().equals("a")).findFirst().orElseThrow()
                .indicators().stream().filter(s -> s.getIndicator().equals("industry.share")).findFirst().orElseThrow();
        assertEquals(40.0, ((Value.Number) share.getCriterion().target()).amount(), 1e-9);
        assertEquals(75.0, share.getScore(), 1e-9); // 30 % of a 40 % target
    }

    @Test
    void onlyAnUnquotedPercentSignScales() {
        assertEquals(true, CellText.isPercentFormat("0.0%"));
        assertEquals(false, CellText.isPercentFormat("0.0\"%\""));
        assertEquals(false, CellText.isPercentFormat("0.0\\%"));
        assertEquals(false, CellText.isPercentFormat("General"));
    }
}
