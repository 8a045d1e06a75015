package cn.tongcheng.ruletest;

import java.util.List;
import java.util.Map;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Place;

/**
 * One rule test: a made-up place, its facts in one year, and what the rules should make of them.
 *
 * @param origin {@code file:line} of the test
 */
public record RuleTest(String name, String origin, Place place, int year, List<Fact> facts,
                       List<Expectation> expectations) {

    public RuleTest {
        facts = List.copyOf(facts);
        expectations = List.copyOf(expectations);
    }

    /** What one part of the outcome should be. */
    public record Expectation(Kind kind, String subject, String expected) {
    }

    /** The parts of an outcome a test can state. */
    public enum Kind {
        /** status of an indicator: met, partly_met, not_met, no_data, not_scored (a figure the method gives no score), or none (no target applies) */
        STATUS,
        /** score of an indicator, 0–100, or none */
        SCORE,
        /** the index, or none when data are insufficient */
        INDEX,
        /** the tier id, or none */
        TIER,
        /** a rule id that must (expected "yes") or must not ("no") recommend */
        RECOMMEND,
        /** a rule id that must or must not diagnose */
        DIAGNOSE,
        /** the recommendations, all of them and in this order (ids joined by ", ") */
        RECOMMEND_EXACTLY,
        /** the diagnoses, all of them and in this order */
        DIAGNOSE_EXACTLY
    }

    public String factsText() {
        StringBuilder s = new StringBuilder(place.kind());
        place.attributes().forEach((k, v) -> s.append(", ").append(k).append('=').append(v));
        s.append(", ").append(year);
        for (Fact f : facts) s.append("; ").append(f.indicator()).append(" = ").append(f.value().display());
        return s.toString();
    }

    static Map.Entry<String, String> entry(String k, String v) {
        return Map.entry(k, v);
    }
}
