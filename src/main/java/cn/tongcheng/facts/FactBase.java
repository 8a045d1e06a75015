package cn.tongcheng.facts;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.tongcheng.problem.Problem;

/**
 * Everything read from {@code facts/}: the places and the validated facts, with the content hash, and notices
 * about values read in a normalised form and files that were not read.
 */
public record FactBase(List<Place> places, List<Fact> facts, String hash, List<Problem> notices) {

    public FactBase {
        places = List.copyOf(places);
        facts = List.copyOf(facts);
        notices = List.copyOf(notices);
    }

    public Map<String, Place> placesById() {
        return places.stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    /** The years that have at least one fact, ascending. */
    public List<Integer> years() {
        return List.copyOf(facts.stream().map(Fact::year).collect(Collectors.toCollection(TreeSet::new)));
    }
}
