package cn.tongcheng.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.Value;

/**
 * A synthetic workload, clearly labelled: P places × Y years × every indicator that has a criterion, with
 * values drawn from a seed around each target (and within the indicator's range), about one in ten missing.
 * Its facts carry source {@code synthetic} and are never mixed with the documents' facts. A year's facts are
 * drawn from the seed and the year alone, so that a run can make them one year at a time.
 */
public record SyntheticWorkload(List<Place> places, List<Integer> years, Map<String, Indicator> indicators,
                                Map<KindYear, List<Criterion>> criteria, long seed) {
    public static final String SOURCE = "synthetic";
    static final double MISSING = 0.1;

    /**
     * @param criteria the criteria that apply to a place of a kind in a year, keyed by kind of place and year
     */
    public static SyntheticWorkload of(int placeCount, int yearCount, long seed, int lastYear,
                                       Map<String, Indicator> indicators, Map<KindYear, List<Criterion>> criteria) {
        List<Integer> years = new ArrayList<>();
        for (int y = lastYear - yearCount + 1; y <= lastYear; y++) years.add(y);
        return new SyntheticWorkload(places(placeCount), List.copyOf(years), indicators, criteria, seed);
    }

    /** The facts of one year, grouped by place-year as the engine takes them. */
    public Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts(int year) {
        SplittableRandom random = new SplittableRandom(seed * 31 + year);
        Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> out = new HashMap<>();
        for (Place p : places) {
            List<Fact> facts = new ArrayList<>();
            for (Criterion c : criteria.get(new KindYear(p.kind(), year))) {
                if (random.nextDouble() < MISSING) continue;
                Indicator ind = indicators.get(c.indicator());
                facts.add(new Fact(p.id(), year, ind.id(), value(ind, c.target(), random), ind.unit(), SOURCE,
                        "synthetic benchmark workload", "", "synthetic"));
            }
            out.put(AssessmentEngine.key(p.id(), year), facts);
        }
        return out;
    }

    static List<Place> places(int count) {
        List<Place> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = i % 3 == 2 ? "district" : "county";
            out.add(new Place(String.format("s%05d", i), "合成地区" + i, "Synthetic " + i, kind, "", false, Map.of()));
        }
        return out;
    }

    private static Value value(Indicator ind, Value target, SplittableRandom random) {
        return switch (ind.type()) {
            case YESNO -> new Value.YesNo(random.nextBoolean());
            case LEVEL -> new Value.Level(ind.levels().get(random.nextInt(ind.levels().size())));
            // a criterion without a target (scored against the other places) draws around the fallback scale
            case NUMBER -> new Value.Number(number(ind, target instanceof Value.Number t ? t.amount() : Double.NaN, random));
        };
    }

    private static double number(Indicator ind, double target, SplittableRandom random) {
        double scale = target > 0 ? target : 10; // NaN (no target) too
        double v = ind.higherIsBetter() ? random.nextDouble(0, 1.5 * scale) : random.nextDouble(0.5 * scale, 2 * scale);
        if (!Double.isNaN(ind.min())) v = Math.max(ind.min(), v);
        if (!Double.isNaN(ind.max())) v = Math.min(ind.max(), v);
        return Numbers.round(v, 1);
    }
}
