package cn.tongcheng.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.Fixtures;
import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.PlaceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * The sensitivity over methods on the shipped Jiaxing rules and facts, as the method table declares it: ratio to
 * target ↔ distance to target ↔ min-max, arithmetic ↔ geometric, imputation by kind on and off, weights ± 50 %.
 */
class ShippedSensitivityTest {
    @Test
    void theShippedTableVariesItsFourChoicesAndKeepsTheAssessmentsRanksAsNominal() throws Exception {
        Fixtures.Run run = Fixtures.cli("sensitivity", "--year", "2016", "--samples", "10", "--bootstrap", "0",
                "--format", "json", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode year = new ObjectMapper().readTree(run.out()).get("years").get(0);
        List<String> choices = new ArrayList<>();
        year.get("influences").forEach(i -> choices.add(i.get("choice").asText()));
        assertEquals(List.of("imputation", "normalisation", "weights", "aggregation"), choices);
        assertEquals(10 * (4 + 2), year.get("runs").asInt());
        JsonNode normalisations = year.get("choices").get("normalisations");
        assertEquals("ratio-to-target", normalisations.get(0).get("method").asText(), "the method's own first");
        assertEquals("min-max", normalisations.get(2).get("method").asText());
        assertEquals(1.0, normalisations.get(2).get("lower").asDouble());
        assertEquals("kind", year.get("choices").get("imputations").get(1).get("groupAttribute").asText());

        Assessment a = Fixtures.assess(Path.of("rules"), Path.of("facts"), List.of(2016), 2);
        Map<String, Integer> ranks = new HashMap<>();
        // the method's ranks: the report withholds them for a field below ranking.min_places, the analysis does not
        cn.tongcheng.method.IndexResult r = a.result(2016).orElseThrow();
        for (PlaceAssessment p : a.ofYear(2016)) {
            java.util.OptionalInt rank = r.rank(p.place().id(), cn.tongcheng.assessment.YearIndex.ROOT);
            if (rank.isPresent()) ranks.put(p.place().id(), rank.getAsInt());
        }
        assertTrue(!ranks.isEmpty());
        assertEquals(ranks.size(), year.get("places").size());
        for (JsonNode p : year.get("places")) assertEquals(ranks.get(p.get("place").asText()), p.get("nominal").asInt(), p.toString());
    }
}
