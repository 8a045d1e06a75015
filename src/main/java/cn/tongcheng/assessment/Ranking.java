package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the places of each year by index, best first, with equal indexes sharing a rank (1, 2, 2, 4).
 * Only Jiaxing's counties and districts with an index are ranked; the city and peer places are not.
 */
final class Ranking {
    private Ranking() {
    }

    static List<PlaceAssessment> rank(List<PlaceAssessment> places, List<Integer> years) {
        List<PlaceAssessment> out = new ArrayList<>(places);
        for (int year : years) {
            List<PlaceAssessment> ranked = out.stream()
                    .filter(p -> p.year() == year && p.place().ranked() && p.index() != null)
                    .sorted(Comparator.comparing(PlaceAssessment::index).reversed()).toList();
            int rank = 0;
            Double previous = null;
            for (int i = 0; i < ranked.size(); i++) {
                PlaceAssessment p = ranked.get(i);
                if (!p.index().equals(previous)) rank = i + 1;
                previous = p.index();
                out.set(out.indexOf(p), p.withRank(rank));
            }
        }
        return out;
    }
}
