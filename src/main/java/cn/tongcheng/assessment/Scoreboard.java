package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.IndicatorType;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.Value;
import cn.tongcheng.rules.Practice;

/**
 * The practice scoreboard: for each place and year, whether each docking practice of the practices table is done
 * (a fact says so), not done (a fact says not), or not reported — straight from the facts, apart from any target,
 * weight or index. A practice is judged by the latest fact of its indicators up to the year (the cell names that
 * fact, its year, source and quote): done when one of its indicators of that year says done, else not done.
 * "Not reported" is never "not done".
 */
public record Scoreboard(List<Practice> practices, List<Cell> cells) {

    public enum Mark { DONE, NOT_DONE, NOT_REPORTED }

    /**
     * One place's practice in one year.
     *
     * @param evidence the fact that decided it (its year may be earlier than the cell's); null when not reported
     */
    public record Cell(String practice, String place, int year, Mark mark, Fact evidence) {
    }

    public Scoreboard {
        practices = List.copyOf(practices);
        cells = List.copyOf(cells);
    }

    public static Scoreboard empty() {
        return new Scoreboard(List.of(), List.of());
    }

    public boolean isEmpty() {
        return practices.isEmpty();
    }

    public Optional<Cell> cell(String practice, String place, int year) {
        return cells.stream().filter(c -> c.practice().equals(practice) && c.place().equals(place) && c.year() == year)
                .findFirst();
    }

    /** The board narrowed to some places. */
    public Scoreboard only(List<String> placeIds) {
        return new Scoreboard(practices, cells.stream().filter(c -> placeIds.contains(c.place())).toList());
    }

    public static Scoreboard of(List<Practice> practices, Map<String, Indicator> indicators, List<Fact> facts,
                                List<Place> places, List<Integer> years) {
        List<Cell> cells = new ArrayList<>();
        if (practices.isEmpty()) return new Scoreboard(practices, cells);
        // only the facts of the practices' indicators, by place: a cell looks at a handful, not at every fact
        java.util.Set<String> wanted = new java.util.HashSet<>();
        practices.forEach(pr -> wanted.addAll(pr.indicators()));
        Map<String, List<Fact>> byPlace = new java.util.HashMap<>();
        for (Fact f : facts) if (wanted.contains(f.indicator())) byPlace.computeIfAbsent(f.place(), k -> new ArrayList<>()).add(f);
        for (int year : years) {
            for (Place place : places) {
                List<Fact> own = byPlace.getOrDefault(place.id(), List.of());
                for (Practice pr : practices) cells.add(cell(pr, indicators, own, place.id(), year));
            }
        }
        return new Scoreboard(practices, cells);
    }

    /** @param facts the place's facts of the practices' indicators */
    private static Cell cell(Practice pr, Map<String, Indicator> indicators, List<Fact> facts, String place, int year) {
        List<Fact> evidence = facts.stream().filter(f -> f.year() <= year && pr.indicators().contains(f.indicator())).toList();
        if (evidence.isEmpty()) return new Cell(pr.id(), place, year, Mark.NOT_REPORTED, null);
        int latest = evidence.stream().mapToInt(Fact::year).max().orElseThrow();
        List<Fact> thatYear = evidence.stream().filter(f -> f.year() == latest)
                .sorted(Comparator.comparingInt(f -> pr.indicators().indexOf(f.indicator()))).toList();
        Optional<Fact> done = thatYear.stream().filter(f -> done(pr, indicators.get(f.indicator()), f.value())).findFirst();
        return done.map(f -> new Cell(pr.id(), place, year, Mark.DONE, f))
                .orElseGet(() -> new Cell(pr.id(), place, year, Mark.NOT_DONE, thatYear.get(0)));
    }

    private static boolean done(Practice pr, Indicator ind, Value v) {
        if (v instanceof Value.YesNo yn) return yn.yes();
        if (v instanceof Value.Level l && ind != null && ind.type() == IndicatorType.LEVEL) {
            return ind.levels().indexOf(l.name()) >= ind.levels().indexOf(pr.doneFrom());
        }
        return false;
    }
}
