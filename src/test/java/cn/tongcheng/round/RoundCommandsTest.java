package cn.tongcheng.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** form, validate and status over the small rule base: options, languages, suggestions. */
class RoundCommandsTest {
    @TempDir
    Path dir;

    String[] in(String... args) {
        List<String> a = new java.util.ArrayList<>(List.of(args));
        a.addAll(List.of("--rules", Fixtures.miniRules().toString(), "--facts", Fixtures.miniFacts().toString()));
        return a.toArray(String[]::new);
    }

    @Test
    void anEnglishFormForOnePlaceHoldsItsIndicatorsOnly() throws Exception {
        Run run = Fixtures.cli(in("form", "--year", "2017", "--place", "乙", "--lang", "en", "--out", dir.toString()));
        assertEquals(0, run.exitCode(), run.err());
        Path file = dir.resolve("County A-2017.xlsx");
        assertTrue(Files.exists(file), run.out());
        try (InputStream s = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(s)) {
            assertEquals("Instructions", wb.getSheetAt(0).getSheetName());
            Sheet data = wb.getSheet("Data");
            assertEquals("Value", data.getRow(0).getCell(11).getStringCellValue());
            List<String> ids = new java.util.ArrayList<>();
            for (Row r : data) if (r.getRowNum() > 0) ids.add(r.getCell(2).getStringCellValue());
            // the county's criteria in the small rule base: bus, minutes, share, settlement (projects are the city's)
            assertEquals(List.of("transport.bus", "transport.minutes", "industry.share", "public.settlement"), ids);
            assertEquals("30", data.getRow(3).getCell(9).getStringCellValue().replace("（2016）", ""), "previous year's share");
        }
    }

    @Test
    void formAndStatusNeedTheYearOfTheRound() {
        Run form = Fixtures.cli(in("form", "--lang", "en", "--out", dir.toString()));
        assertEquals(2, form.exitCode());
        assertTrue(form.err().contains("--year: option.form-year"), form.err());
        assertEquals(2, Fixtures.cli(in("status", "--lang", "en", "--out", dir.toString())).exitCode());
    }

    @Test
    void aMisspeltChineseIndicatorOrPlaceNameGetsASuggestion() throws Exception {
        Path csv = dir.resolve("returned.csv");
        Files.writeString(csv, "地区,年份,指标名称,数值,计量单位,来源,引文\n乙县县,2017,上海项目占比,20,%,test,q\n乙县,2017,上海项目比,20,%,test,q\n",
                StandardCharsets.UTF_8);
        Run run = Fixtures.cli(in("validate", "--lang", "zh", csv.toString()));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("returned.csv:2: place: fact.unknown-place: 未知地区“乙县县”（是否应为 乙县？）"), run.err());
        assertTrue(run.err().contains("returned.csv:3: indicator: fact.unknown-indicator: 未知指标“上海项目比”（是否应为 上海项目占比？）"), run.err());
        assertFalse(run.out().contains("没有问题"));
    }
}
