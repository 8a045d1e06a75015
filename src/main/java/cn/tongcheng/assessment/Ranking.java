package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.tongcheng.facts.Place;

/**
 * Ranks the places of each year by index, best first, with equal indexes sharing a rank (1, 2, 2, 4).
 * Only Jiaxing's counties and districts with an index are ranked; the city is not, and peer places only when
 * asked for ({@code --rank-with-peers}).
 */
final class Ranking {
    private Ranking() {
    }

    static List<PlaceAssessment> rank(List<PlaceAssessment> places, List<Integer> years, boolean withPeers) {
        List<PlaceAssessment> out = new ArrayList<>(places);
        for (int year : years) {
            List<PlaceAssessment> ranked = out.stream()
                    .filter(p -> p.year() == year && ranked(p.place(), withPeers) && p.index() != null)
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

    private static boolean ranked(Place p, boolean withPeers) {
        return p.ranked() || withPeers && p.peer() && !"city".equals(p.kind());
    }
}
