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

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped ASEM example, run as a user runs it, reproduces COINr's published index: all 561 pillar,
 * sub-index and index scores within 1e-9 and every rank exactly, read from the tidy CSV the command writes.
 */
class AsemExampleTest {
    @TempDir
    Path dir;

    @Test
    void theAsemTablesReproduceCoinrScoresAndRanks() throws IOException {
        Path out = dir.resolve("reports/asem");
        Fixtures.Run run = Fixtures.cli("assess", "--rules", "examples/asem/rules", "--facts", "examples/asem/facts",
                "--format", "csv,json,html", "--out", out.toString(), "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        Path csv = out.resolve("assessment-2018.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a byte-order mark");
        Map<String, Map<String, String>> ours = new HashMap<>();
        for (Map<String, String> r : read(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            String code = r.get("kind").equals("index") ? "Index" : r.get("code");
            ours.put(r.get("place") + " " + code, r);
        }
        List<Map<String, String>> reference = read(Files.readString(Fixtures.resource("asem/asem_results.csv"), StandardCharsets.UTF_8));
        assertEquals(561, reference.size());
        double worst = 0;
        for (Map<String, String> ref : reference) {
            Map<String, String> r = ours.get(ref.get("unit") + " " + ref.get("aggregate"));
            assertTrue(r != null, "no row for " + ref);
            assertEquals(ref.get("level"), r.get("level"), ref.toString());
            double d = Math.abs(Double.parseDouble(ref.get("score")) - Double.parseDouble(r.get("score")));
            worst = Math.max(worst, d);
            assertTrue(d <= 1e-9, ref + " vs " + r);
            assertEquals(ref.get("rank"), r.get("rank"), ref + " vs " + r);
        }
        assertTrue(worst <= 1e-9, "largest difference " + worst);
        // the imputed values are marked: 65 (63 missing values, and Elec and Gas of LAO, whose denominator is missing)
        assertEquals(65, ours.values().stream().filter(r -> r.get("imputed").equals("yes")).count());
        assertTrue(Files.exists(out.resolve("assessment-2018.json")));
        assertTrue(Files.exists(out.resolve("assessment-2018.en.html")));
    }

    @Test
    void explainShowsTheWholeChainWithTheRowThatDecidedEachStep() {
        // LAO's energy denominator is missing, so its Elec value is imputed from the 20 Asian countries
        Fixtures.Run run = Fixtures.cli("explain", "--rules", "examples/asem/rules", "--facts", "examples/asem/facts",
                "--place", "LAO", "--indicator", "Elec", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("How the score was computed"), out);
        assertTrue(out.matches("(?s).*Elec raw: \\S+  \\(observed\\).*"), out);
        assertTrue(out.contains("Elec denominated: no value, the denominator has no value"), out);
        assertTrue(out.matches("(?s).*Elec imputed: \\S+  \\(group mean of group_eurasia=Asia \\(20 donors\\)\\)  decided by \\S*method\\.csv:\\d+.*"), out);
        assertTrue(out.matches("(?s).*Elec normalised: \\S+  \\(min-max \\(min-max \\[0, 100\\]\\), higher is better, against all places \\(51\\): worst \\S+, best \\S+\\)  decided by \\S*method\\.csv:\\d+.*"), out);
        assertTrue(out.matches("(?s).*Physical aggregated: \\S+  \\(the weighted arithmetic mean of the \\d+ of its \\d+ parts that have a score.*"), out);
        assertTrue(out.matches("(?s).*Conn aggregated: .*index aggregated: \\S+  \\(the weighted arithmetic mean of the 2 of its 2 parts that have a score.*"), out);
    }

    private static List<Map<String, String>> read(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return it.readAll();
        }
    }
}
