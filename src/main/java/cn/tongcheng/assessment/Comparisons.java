package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.facts.Numbers;

/**
 * What is known only by setting place-years side by side: each place's changes since the previous assessed
 * year (with trends after the method's steady band) and its profile against the other places of the year.
 */
final class Comparisons {
    static final int PROFILE_SIZE = 3;

    private final List<PlaceAssessment> places;
    private final List<Integer> years;
    private final double steady;

    Comparisons(List<PlaceAssessment> places, List<Integer> years, double steady) {
        this.places = places;
        this.years = years.stream().sorted().toList();
        this.steady = steady;
    }

    List<PlaceAssessment> all() {
        return places.stream().map(p -> p.withComparisons(yearOnYear(p), profile(p))).toList();
    }

    private YearOnYear yearOnYear(PlaceAssessment now) {
        int i = years.indexOf(now.year());
        if (i <= 0) return null;
        int since = years.get(i - 1);
        Optional<PlaceAssessment> then = places.stream()
                .filter(p -> p.year() == since && p.place().id().equals(now.place().id())).findFirst();
        if (then.isEmpty()) return null;
        PlaceAssessment was = then.get();
        Change rank = now.rank() == null || was.rank() == null ? null : change(was.rank() - now.rank());
        Map<String, Change> dims = new HashMap<>();
        for (DimensionScore d : now.dimensions()) {
            was.dimension(d.dimension()).map(DimensionScore::score)
                    .ifPresent(before -> { if (d.score() != null) dims.put(d.dimension(), change(d.score() - before)); });
        }
        Map<String, Double> scoresThen = scores(was);
        Map<String, Change> inds = new HashMap<>();
        for (IndicatorScore s : now.indicators()) {
            Double before = scoresThen.get(s.getIndicator());
            if (s.getScore() != null && before != null) inds.put(s.getIndicator(), change(s.getScore() - before));
        }
        return new YearOnYear(since, diff(now.index(), was.index()), rank, dims, inds);
    }

    private Change diff(Double now, Double then) {
        return now == null || then == null ? null : change(now - then);
    }

    private Change change(double delta) {
        double d = Numbers.round(delta, 1);
        return new Change(d, Trend.of(d, steady));
    }

    private Profile profile(PlaceAssessment p) {
        List<Standing> standings = new ArrayList<>();
        List<PlaceAssessment> others = places.stream()
                .filter(o -> o.year() == p.year() && !o.place().id().equals(p.place().id())).toList();
        for (IndicatorScore s : p.indicators()) {
            if (s.getScore() == null) continue;
            List<Double> theirs = others.stream().map(o -> scores(o).get(s.getIndicator()))
                    .filter(v -> v != null).toList();
            if (theirs.isEmpty()) continue;
            double mean = theirs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            standings.add(new Standing(s.getIndicator(), s.getScore(), Numbers.round(mean, 1),
                    Numbers.round(s.getScore() - mean, 1), theirs.size()));
        }
        Comparator<Standing> byLead = Comparator.comparingDouble(Standing::difference).reversed()
                .thenComparing(Standing::indicator);
        Comparator<Standing> byLag = Comparator.comparingDouble(Standing::difference).thenComparing(Standing::indicator);
        return new Profile(
                standings.stream().filter(s -> s.difference() > 0).sorted(byLead).limit(PROFILE_SIZE).toList(),
                standings.stream().filter(s -> s.difference() < 0).sorted(byLag).limit(PROFILE_SIZE).toList());
    }

    private static Map<String, Double> scores(PlaceAssessment p) {
        Map<String, Double> m = new HashMap<>();
        for (IndicatorScore s : p.indicators()) if (s.getScore() != null) m.put(s.getIndicator(), s.getScore());
        return m;
    }
}
