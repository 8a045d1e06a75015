package cn.tongcheng.assessment;

import java.util.List;

import cn.tongcheng.rules.Catalogue;

/**
 * A whole run: every place and year assessed, the catalogue that defined it, and the content hashes of
 * the rules and facts that produced it. Every report format is written from this one object.
 */
public record Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                         List<PlaceAssessment> places, List<Sensitivity.Result> sensitivity,
                         @com.fasterxml.jackson.annotation.JsonIgnore YearIndex index) {

    public Assessment {
        years = List.copyOf(years);
        places = List.copyOf(places);
        sensitivity = List.copyOf(sensitivity);
    }

    public Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                      List<PlaceAssessment> places) {
        this(rulesHash, factsHash, years, catalogue, places, List.of(), null);
    }

    /** Each year's index computation: every stage of every place and node, with what decided it. */
    public java.util.Optional<cn.tongcheng.method.IndexResult> result(int year) {
        return index == null || !years.contains(year) ? java.util.Optional.empty() : java.util.Optional.of(index.result(year));
    }

    /** This assessment with the sensitivity of each year's ranking to the weights ({@code draws} seeded draws). */
    public Assessment withSensitivity(int draws, long seed) {
        Sensitivity s = new Sensitivity(this);
        return new Assessment(rulesHash, factsHash, years, catalogue, places,
                years.stream().map(y -> s.analyse(y, draws, seed)).toList(), index);
    }

    /** The same assessment narrowed to some places; their ranks and comparisons stay those of the whole field. */
    public Assessment only(List<String> placeIds) {
        return new Assessment(rulesHash, factsHash, years, catalogue,
                places.stream().filter(p -> placeIds.contains(p.place().id())).toList(), sensitivity, index);
    }

    /** The sensitivity result of a year, if it was asked for. */
    public java.util.Optional<Sensitivity.Result> sensitivityOf(int year) {
        return sensitivity.stream().filter(r -> r.year() == year).findFirst();
    }

    public List<PlaceAssessment> ofYear(int year) {
        return places.stream().filter(p -> p.year() == year).toList();
    }
}
