package cn.tongcheng.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongcheng.Fixtures;
import cn.tongcheng.Fixtures.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class IndicatorsCommandTest {
    private static Run indicators(String format) {
        return Fixtures.cli("indicators", "--rules", Fixtures.miniRules().toString(), "--facts",
                Fixtures.miniFacts().toString(), "--format", format, "--lang", "en");
    }

    @Test
    void listsEveryIndicatorWithItsTargetsWeightsAndBasis() {
        Run run = indicators("md");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("| industry.projects | Projects from Shanghai | Industry | 个 | higher | 100 | 1 | policy choice |"), run.out());
        assertTrue(run.out().contains("| transport.minutes | Minutes to Shanghai | Transport | 分钟 | lower | 60 | 1 | sourced |"), run.out());
        assertEquals(5 + 2, run.out().lines().count());
    }

    @Test
    void quotesComeOutAsJsonForCheckQuotes() throws Exception {
        JsonNode quotes = new ObjectMapper().readTree(indicators("quotes").out());
        assertTrue(quotes.isArray());
        boolean sourcedTarget = false;
        for (JsonNode q : quotes) {
            sourcedTarget |= q.get("where").asText().endsWith("targets.csv:3")
                    && q.get("quote").asText().equals("基本实现了到沪、苏、杭、绍、湖等城市的一小时交通圈");
        }
        assertTrue(sourcedTarget, quotes.toString());
    }
}
