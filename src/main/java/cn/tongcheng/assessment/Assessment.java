package cn.tongcheng.assessment;

import java.util.List;

import cn.tongcheng.rules.Catalogue;

/**
 * A whole run: every place and year assessed, the catalogue that defined it, and the content hashes of
 * the rules and facts that produced it. Every report format is written from this one object.
 */
public record Assessment(String rulesHash, String factsHash, List<Integer> years, Catalogue catalogue,
                         List<PlaceAssessment> places) {

    public Assessment {
        years = List.copyOf(years);
        places = List.copyOf(places);
    }

    public List<PlaceAssessment> ofYear(int year) {
        return places.stream().filter(p -> p.year() == year).toList();
    }
}
