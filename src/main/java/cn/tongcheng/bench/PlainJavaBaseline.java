package cn.tongcheng.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import cn.tongcheng.assessment.Aggregator;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.engine.PlaceYearTargets;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.rules.Catalogue;

/**
 * The same indicator scores, dimension scores and index as the engine, computed directly: the criteria of
 * each kind of place and year are looked up instead of matched by rules, and no session is created.
 * This is the floor the Drools path is measured against.
 */
final class PlainJavaBaseline {
    private final Catalogue catalogue;
    private final Aggregator aggregator;
    private final Map<KindYear, List<Criterion>> criteria;

    PlainJavaBaseline(Catalogue catalogue, Map<KindYear, List<Criterion>> criteria) {
        this.catalogue = catalogue;
        this.aggregator = new Aggregator(catalogue);
        this.criteria = criteria;
    }

    List<PlaceAssessment> run(List<PlaceYear> tasks, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            List<PlaceYearTargets> targets = pool.submit(() -> IntStream.range(0, tasks.size()).parallel()
                    .mapToObj(i -> targets(tasks.get(i), facts)).toList()).join();
            YearIndex index = new YearIndex(catalogue, cn.tongcheng.facts.Place::ranked);
            Map<Integer, List<Integer>> byYear = new java.util.TreeMap<>();
            for (int i = 0; i < tasks.size(); i++) byYear.computeIfAbsent(tasks.get(i).getYear(), k -> new java.util.ArrayList<>()).add(i);
            PlaceAssessment[] out = new PlaceAssessment[tasks.size()];
            byYear.forEach((year, at) -> {
                List<List<cn.tongcheng.engine.IndicatorScore>> scores = index.score(year, at.stream().map(targets::get).toList());
                for (int k = 0; k < at.size(); k++) {
                    PlaceYear py = tasks.get(at.get(k));
                    out[at.get(k)] = aggregator.aggregate(new PlaceYearOutcome(py.placeRecord(), year, scores.get(k), List.of(),
                            List.of()), index);
                }
            });
            return List.of(out);
        } finally {
            pool.shutdown();
        }
    }

    private PlaceYearTargets targets(PlaceYear py, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts) {

        Map<String, Fact> byIndicator = new HashMap<>();
        for (Fact f : facts.getOrDefault(AssessmentEngine.key(py.getPlace(), py.getYear()), List.of())) byIndicator.put(f.indicator(), f);
        return new PlaceYearTargets(py, criteria.get(new KindYear(py.getKind(), py.getYear())), byIndicator);
    }
}
