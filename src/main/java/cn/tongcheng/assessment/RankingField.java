package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.tongcheng.facts.Place;

/**
 * The field a year's ranking would rank: how many places are to be ranked (Jiaxing's counties and districts), how
 * many of them have an index, and the fewest the method asks for ({@code ranking.min_places}). With fewer, no place
 * of the year gets a rank: a rank among one place (or too few) says nothing, and the report says why instead.
 *
 * @param eligible  the places of the year that would be ranked
 * @param withIndex those of them that have an index (enough data)
 */
public record RankingField(int year, int eligible, int withIndex, int minPlaces) {

    /** Whether the year is ranked. */
    public boolean ranked() {
        return withIndex >= minPlaces;
    }

    static List<RankingField> of(List<Integer> years, List<PlaceAssessment> places, Predicate<Place> rankable, int minPlaces) {
        List<RankingField> out = new ArrayList<>();
        for (int year : years) {
            List<PlaceAssessment> field = places.stream().filter(p -> p.year() == year && rankable.test(p.place())).toList();
            out.add(new RankingField(year, field.size(), (int) field.stream().filter(p -> p.index() != null).count(), minPlaces));
        }
        return out;
    }

    /** The places with the ranks of the years whose field is too small taken away. */
    static List<PlaceAssessment> apply(List<RankingField> fields, List<PlaceAssessment> places) {
        return places.stream().map(p -> fields.stream().anyMatch(f -> f.year() == p.year() && !f.ranked())
                ? p.withRank(null) : p).toList();
    }
}
