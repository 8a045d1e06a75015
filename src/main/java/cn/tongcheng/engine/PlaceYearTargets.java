package cn.tongcheng.engine;

import java.util.List;
import java.util.Map;

import cn.tongcheng.facts.Fact;

/** What the criteria round found for one place-year: the criteria that apply, and the facts by indicator. */
public record PlaceYearTargets(PlaceYear placeYear, List<Criterion> criteria, Map<String, Fact> facts) {

    public PlaceYearTargets {
        criteria = List.copyOf(criteria);
        facts = Map.copyOf(facts);
    }
}
