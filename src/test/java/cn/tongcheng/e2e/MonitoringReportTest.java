package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monitoring-only indicators as a reader sees them, in every format of the shipped content: value, change since the
 * place's previous figure and source, and no score; and a reported figure the method could not score, with why.
 */
class MonitoringReportTest {
    @TempDir
    static Path dir;
    static Path reports;

    @BeforeAll
    static void assess() throws Exception {
        Path facts = Fixtures.copy(Path.of("facts"), dir.resolve("facts"));
        // test data, not from the articles: Jiashan's commuter bus had 4 stops the year before A14's 6
        Files.writeString(facts.resolve("test-earlier-stops.csv"), "place,year,indicator,value,unit,source,source_kind,evidence\n"
                + "jiashan,2015,transport.commuter_bus_stops,4,个,test data,department,invented for this test\n");
        reports = dir.resolve("reports");
        Run run = Fixtures.cli("assess", "--rules", "rules", "--facts", facts.toString(), "--year", "2015,2016",
                "--format", "md,json,html,xlsx,docx,csv", "--out", reports.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static String read(String name) throws Exception {
        return Files.readString(reports.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void markdownAndHtmlShowValueChangeAndSourceWithoutAScore() throws Exception {
        String md = read("assessment-2015-2016.md");
        assertTrue(md.contains("## 监测指标与未评分的数值"), md);
        assertTrue(md.contains("| 2016 | 嘉善县 | 通勤车沿途停靠点 | 6 个 | \\+2（较 2015 年） | 监测指标：只展示，不评分 | A14「沿途设有 6 个停靠点」 |"), md);
        // two counties report the co-built parks' above-scale firms in 2015: too few to compare, shown with why
        assertTrue(md.contains("| 2015 | 平湖市 | 共建园区入驻规上企业数 | 70 家 | — | 本年报送该指标的地区少于比较所需的最少地区数（方法表的 comparison.min\\_places） |"), md);
        String pinghu2015 = md.substring(md.indexOf("## 平湖市 · 2015"));
        String noData = pinghu2015.lines().filter(l -> l.startsWith("无数据（")).findFirst().orElseThrow();
        assertTrue(!noData.contains("共建园区入驻规上企业数"), "a figure Pinghu reported is not listed as no data: " + noData);
        String html = read("assessment-2015-2016.html");
        assertTrue(html.contains("<h2>监测指标与未评分的数值</h2>"), "the section");
        assertTrue(html.contains("<td>嘉善县</td><td>通勤车沿途停靠点</td><td class=\"num\">6 个</td><td class=\"chg\">+2（较 2015 年）</td>"), "the row");
    }

    @Test
    void jsonHoldsEachFigureWithItsChangeAndNoScore() throws Exception {
        JsonNode root = new ObjectMapper().readTree(read("assessment-2015-2016.json"));
        JsonNode stops = null;
        for (JsonNode m : root.get("monitoring")) {
            if (m.get("place").asText().equals("jiashan") && m.get("year").asInt() == 2016
                    && m.get("indicator").asText().equals("transport.commuter_bus_stops")) stops = m;
        }
        assertTrue(stops != null, "Jiashan's stops are in the monitoring list");
        assertEquals(6.0, stops.get("value").asDouble());
        assertEquals(2.0, stops.get("change").asDouble());
        assertEquals(2015, stops.get("previousYear").asInt());
        assertEquals("A14", stops.get("fact").get("source").asText());
        for (JsonNode p : root.get("places")) {
            for (JsonNode s : p.get("indicators")) {
                assertTrue(!s.get("indicator").asText().equals("transport.commuter_bus_stops"), "never scored: " + p.get("place"));
            }
        }
    }

    @Test
    void workbookWordAndCsvHaveTheMonitoringFigures() throws Exception {
        try (InputStream in = Files.newInputStream(reports.resolve("assessment-2015-2016.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("监测指标");
            assertTrue(s != null, "a sheet of its own");
            Row found = null;
            for (Row r : s) {
                if (r.getRowNum() > 0 && r.getCell(1).getStringCellValue().equals("嘉善县")
                        && r.getCell(2).getStringCellValue().equals("通勤车沿途停靠点") && r.getCell(0).getNumericCellValue() == 2016) found = r;
            }
            assertTrue(found != null);
            assertEquals(6.0, found.getCell(3).getNumericCellValue(), "a number to sort and sum");
            assertEquals(2.0, found.getCell(4).getNumericCellValue());
        }
        try (InputStream in = Files.newInputStream(reports.resolve("assessment-2015-2016.docx"));
             XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            String doc = text.getText();
            assertTrue(doc.contains("监测指标与未评分的数值"), "the section heading");
            assertTrue(doc.contains("+2（较 2015 年）"), "the change");
        }
        List<String> csv = Files.readAllLines(reports.resolve("assessment-2015-2016.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("jiashan,2016,1,monitoring,\"transport.commuter_bus_stops\",6.0,,,,,,,")), "a row of kind monitoring, no score");
    }
}
