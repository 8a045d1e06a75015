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
import cn.tongcheng.engine.ScoreSheet;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.rules.Catalogue;

/**
 * The same indicator scores, dimension scores and index as the engine, computed directly: the criteria of
 * each kind of place and year are looked up instead of matched by rules, and no session is created.
 * This is the floor the Drools path is measured against.
 */
final class PlainJavaBaseline {
    private final ScoreSheet sheet;
    private final Aggregator aggregator;
    private final Map<String, List<Criterion>> criteria;

    PlainJavaBaseline(Catalogue catalogue, Map<String, List<Criterion>> criteria) {
        this.sheet = new ScoreSheet(catalogue);
        this.aggregator = new Aggregator(catalogue);
        this.criteria = criteria;
    }

    List<PlaceAssessment> run(List<PlaceYear> tasks, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts, int threads) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> IntStream.range(0, tasks.size()).parallel()
                    .mapToObj(i -> one(tasks.get(i), facts)).toList()).join();
        } finally {
            pool.shutdown();
        }
    }

    private PlaceAssessment one(PlaceYear py, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts) {
        Map<String, Fact> byIndicator = new HashMap<>();
        for (Fact f : facts.getOrDefault(AssessmentEngine.key(py.getPlace(), py.getYear()), List.of())) byIndicator.put(f.indicator(), f);
        List<Criterion> cs = criteria.get(SyntheticWorkload.kindYear(py.getKind(), py.getYear()));
        return aggregator.aggregate(new PlaceYearOutcome(py.placeRecord(), py.getYear(), sheet.score(cs, byIndicator),
                List.of(), List.of()));
    }
}
