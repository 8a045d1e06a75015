package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sensitivity over methods on the shipped Jiaxing rules and facts. The method table declares ratio to target ↔
 * distance to target ↔ min-max, arithmetic ↔ geometric, imputation by kind on and off, weights ± 50 %; but in 2016
 * only 平湖市 of the seven places to be ranked has an index, fewer than {@code ranking.min_places} (3): as the report
 * ranks no place that year, the analysis computes nothing and says why. (No shipped year has a ranked field: the
 * ranked path is tested on the mini fixture, SensitivityTest, and on the ASEM example, AsemSensitivityTest.)
 */
class ShippedSensitivityTest {
    @TempDir
    Path dir;

    @Test
    void a2016FieldOfOneIsNotAnalysedAndEveryFormatSaysWhy() throws Exception {
        Fixtures.Run run = Fixtures.cli("sensitivity", "--year", "2016", "--samples", "10", "--bootstrap", "0",
                "--format", "md,json,csv,html", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("敏感性分析："), "no analysis is started: " + run.err());
        String why = "7 个县（市、区）中仅 1 个数据充足，不足排名所需的 3 个（ranking.min_places），本年不排名。";

        String md = Files.readString(dir.resolve("sensitivity-2016.md"));
        assertTrue(md.contains(why.replace("_", "\\_")) && md.contains("因此不分析该年排名对方法的敏感性"), md);
        assertFalse(md.contains("平湖市"), "no place gets a rank interval: " + md);
        assertFalse(md.contains("Si") || md.contains("STi"), "no sensitivity index: " + md);

        JsonNode year = new ObjectMapper().readTree(dir.resolve("sensitivity-2016.json").toFile()).get("years").get(0);
        assertFalse(year.get("analysed").asBoolean());
        assertTrue(year.get("notAnalysed").get("zh").asText().startsWith(why), year.toString());
        assertTrue(year.get("notAnalysed").get("en").asText().startsWith("Of the 7 places to be ranked, only 1 with enough data"),
                year.toString());
        assertEquals(0, year.get("runs").asInt());
        assertEquals(0, year.get("places").size());
        assertEquals(0, year.get("influences").size());
        // what the method table declares is still written, so that the run can be repeated on other facts
        JsonNode normalisations = year.get("choices").get("normalisations");
        assertEquals("ratio-to-target", normalisations.get(0).get("method").asText(), "the method's own first");
        assertEquals("min-max", normalisations.get(2).get("method").asText());
        assertEquals("kind", year.get("choices").get("imputations").get(1).get("groupAttribute").asText());
        List<String> varied = new ArrayList<>();
        year.get("varied").forEach(v -> varied.add(v.get("choice").asText()));
        assertEquals(List.of("imputation", "normalisation", "weights", "aggregation"), varied);

        List<String> csv = Files.readAllLines(dir.resolve("sensitivity-2016.csv"), StandardCharsets.UTF_8);
        assertEquals(2, csv.size(), "the header and one row saying why: " + csv);
        assertTrue(csv.get(1).startsWith("2016,index,not-analysed,") && csv.get(1).contains(why), csv.get(1));

        String html = Files.readString(dir.resolve("sensitivity-2016.html"));
        assertTrue(html.contains(why), html);
        assertFalse(html.contains("class=\"spread\"") || html.contains("class=\"influences\""), "no rank chart, no index table");
    }

    @Test
    void inEnglishTheTextSaysWhyToo() {
        Fixtures.Run run = Fixtures.cli("sensitivity", "--year", "2016", "--samples", "10", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Of the 7 places to be ranked, only 1 with enough data for an index: a ranking needs "
                + "at least 3 (ranking.min\\_places), so no place is ranked this year. The sensitivity of its ranking to the "
                + "method is therefore not analysed."), run.out());
        assertFalse(run.out().contains("Pinghu"), run.out());
    }

    @Test
    void assessWithSensitivityKeepsTheYearUnanalysedToo() throws Exception {
        Fixtures.Run run = Fixtures.cli("assess", "--year", "2016", "--sensitivity", "10", "--format", "json,html",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("assessment-2016.json").toFile()).get("sensitivity").get(0);
        assertFalse(s.get("analysed").asBoolean(), s.toString());
        assertEquals(0, s.get("places").size());
        assertFalse(Files.readString(dir.resolve("assessment-2016.html")).contains("data-chart=\"sensitivity\""),
                "no rank chart of a year not ranked");
    }
}
