package cn.tongcheng.grading;

import java.util.Map;

import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Place;

/**
 * What the grading of one unit's year starts from: its index as the year's computation gave it (unrounded, null
 * when its data did not suffice), its facts and its indicator scores, by indicator.
 */
public record Unit(Place place, int year, Double index, Map<String, Fact> facts, Map<String, IndicatorScore> scores) {

    public Unit {
        facts = Map.copyOf(facts);
        scores = Map.copyOf(scores);
    }
}
