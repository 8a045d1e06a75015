package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sensitivity over methods on the shipped ASEM example (indicator → pillar → sub-index → index), as its method
 * table declares it: COINr's vignette's choices (normalisation, aggregation, imputation and treatment on and off,
 * pillar and sub-index weights ± 25 %). The nominal ranks are COINr's published ones.
 */
class AsemSensitivityTest {
    @TempDir
    Path dir;

    private static final List<String> ASEM = List.of("sensitivity", "--rules", "examples/asem/rules", "--facts",
            "examples/asem/facts", "--lang", "en");

    private static Fixtures.Run run(String... more) {
        List<String> args = new java.util.ArrayList<>(ASEM);
        args.addAll(List.of(more));
        return Fixtures.cli(args.toArray(String[]::new));
    }

    @Test
    void everyDeclaredChoiceVariesAndTheNominalRanksAreCoinrs() throws IOException {
        Fixtures.Run run = run("--samples", "10", "--bootstrap", "0", "--format", "json,csv", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode year = new ObjectMapper().readTree(dir.resolve("sensitivity-2018.json").toFile()).get("years").get(0);
        assertEquals("sensitivity", year.get("design").asText());
        assertEquals(10 * (5 + 2), year.get("runs").asInt());
        List<String> choices = new java.util.ArrayList<>();
        year.get("influences").forEach(i -> {
            choices.add(i.get("choice").asText());
            assertTrue(i.get("total").isNumber() && i.get("firstOrder").isNumber(), i.toString());
        });
        assertEquals(List.of("imputation", "treatment", "normalisation", "weights", "aggregation"), choices);
        JsonNode levels = year.get("spreadAtLevel");
        assertEquals(0.0, levels.get("1").asDouble());
        assertEquals(0.25, levels.get("2").asDouble());
        assertEquals(0.25, levels.get("3").asDouble());

        Map<String, Integer> published = new HashMap<>();
        for (Map<String, String> r : read(Files.readString(Fixtures.resource("asem/asem_results.csv"), StandardCharsets.UTF_8))) {
            if (r.get("aggregate").equals("Index")) published.put(r.get("unit"), Integer.parseInt(r.get("rank")));
        }
        assertEquals(51, year.get("places").size());
        for (JsonNode p : year.get("places")) {
            assertEquals(published.get(p.get("place").asText()), p.get("nominal").asInt(), p.toString());
            assertTrue(p.get("p5").asDouble() <= p.get("medianRank").asDouble()
                    && p.get("medianRank").asDouble() <= p.get("p95").asDouble(), p.toString());
        }
        String csv = Files.readString(dir.resolve("sensitivity-2018.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 51 + 5, csv.strip().split("\r\n").length);
        assertTrue(csv.contains("2018,index,place,CHE,Switzerland,1,"), csv);
    }

    @Test
    void weightsAloneAtTheDeeperLevelsMoveTheRanks() throws IOException {
        Fixtures.Run run = run("--samples", "40", "--normalisation", "min-max(0, 100)", "--aggregation", "arithmetic",
                "--imputation", "no", "--treatment", "no", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode year = new ObjectMapper().readTree(run.out()).get("years").get(0);
        assertEquals("uncertainty", year.get("design").asText(), "one input");
        assertEquals(1, year.get("influences").size());
        assertEquals("weights", year.get("influences").get(0).get("choice").asText());
        // only pillar and sub-index weights vary (indicator weights: 0), and they move ranks
        assertTrue(year.get("influences").get(0).get("meanRankShiftAlone").asDouble() > 0, year.toString());
        long moved = 0;
        for (JsonNode p : year.get("places")) if (p.get("p5").asDouble() != p.get("p95").asDouble()) moved++;
        assertTrue(moved > 10, moved + " countries move");
    }

    @Test
    void theJsonReportStatesTheMethodSoThatTheRunCanBeRepeated() throws IOException {
        Fixtures.Run run = Fixtures.cli("assess", "--rules", "examples/asem/rules", "--facts", "examples/asem/facts",
                "--format", "json", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("assessment-2018.json").toFile());
        assertEquals("tongcheng-assessment/3", json.get("format").asText());
        JsonNode m = json.get("method");
        assertEquals("min-max", m.get("normalisation").get("default").get("method").asText());
        assertEquals(0.0, m.get("normalisation").get("default").get("lower").asDouble());
        assertEquals(100.0, m.get("normalisation").get("default").get("upper").asDouble());
        assertEquals("all", m.get("comparison").get("method").asText());
        assertEquals("den_gdp", m.get("denominators").get("Goods").asText());
        assertEquals("group-mean", m.get("imputation").get("method").asText());
        assertEquals("group_eurasia", m.get("imputation").get("groupAttribute").asText());
        assertEquals("winsorise", m.get("treatment").get("method").asText());
        assertEquals(5, m.get("treatment").get("winmax").asInt());
        // pillars are level 2, sub-indices 3, the index 4: each level's aggregation and threshold
        for (String level : List.of("2", "3", "4")) {
            assertEquals("arithmetic", m.get("aggregation").get("levels").get(level).asText());
            assertEquals(0.0, m.get("thresholds").get("levels").get(level).asDouble());
        }
        assertEquals(3, m.get("aggregation").get("nodeLevels").get("Conn").asInt());
        assertEquals("children", m.get("thresholds").get("basis").asText());
        assertEquals(2, m.get("ranking").get("decimals").asInt());
        assertEquals("min", m.get("ranking").get("ties").asText());
        assertEquals("geometric", m.get("sensitivity").get("aggregations").get(1).asText());
    }

    private static List<Map<String, String>> read(String text) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }
}
