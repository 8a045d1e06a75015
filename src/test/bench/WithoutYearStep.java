package cn.tongcheng.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import cn.tongcheng.assessment.Aggregator;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.engine.PlaceYearTargets;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.engine.YearScorer;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Place;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

/**
 * The benchmark's two paths (the same workload, seed and checks as {@code bench}) with the year step
 * ({@code YearIndex}) computed once beforehand and replayed to both, so that what is timed is everything else:
 * sessions, rule matching and firing, recommendations, aggregation. Both paths pay the same year step, so
 * this ratio bounds the benchmark's ratio from above whatever the year step comes to cost. Prints process CPU
 * per place-year (robust on a shared machine) and wall time, per round; run by {@code without-year-step.sh}.
 */
public class WithoutYearStep {
    public static void main(String[] a) throws Exception {
        int places = Integer.parseInt(a[0]);
        int rounds = Integer.parseInt(a[1]);
        int threads = Integer.parseInt(a[2]);
        RuleBase rb = new RuleBaseCompiler().compile(Path.of("rules"));
        AssessmentEngine engine = new AssessmentEngine(rb, threads);
        Map<String, List<Criterion>> criteria = new HashMap<>();
        for (String kind : List.of("county", "district")) {
            Place p = new Place("probe", "probe", "probe", kind, "", false, Map.of());
            for (int y = 2007; y <= 2016; y++) criteria.put(SyntheticWorkload.kindYear(kind, y), engine.criteria(new PlaceYear(p, y)));
        }
        SyntheticWorkload w = SyntheticWorkload.generate(places, 10, 20161, 2016, rb.catalogue().indicatorsById(), criteria);
        List<PlaceYear> tasks = new ArrayList<>();
        for (int year : w.years()) for (Place p : w.places()) tasks.add(new PlaceYear(p, year));
        Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts = w.byPlaceYear();
        Catalogue catalogue = rb.catalogue();
        Aggregator aggregator = new Aggregator(catalogue);

        // the year step, once
        YearIndex index = new YearIndex(catalogue, Place::ranked);
        List<PlaceYearTargets> targets0 = new ArrayList<>();
        for (PlaceYear py : tasks) targets0.add(targets(py, facts, criteria));
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (int i = 0; i < tasks.size(); i++) byYear.computeIfAbsent(tasks.get(i).getYear(), k -> new ArrayList<>()).add(i);
        Map<Integer, List<List<IndicatorScore>>> scores = new HashMap<>();
        byYear.forEach((year, at) -> scores.put(year, index.score(year, at.stream().map(targets0::get).toList())));
        targets0.clear();
        YearScorer replay = (year, pl) -> scores.get(year);

        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double bestD = 1e9, bestB = 1e9, bestRatio = 1e9;
        for (int r = 0; r < rounds; r++) {
            System.gc();
            long c = os.getProcessCpuTime(), t = System.nanoTime();
            List<PlaceYearOutcome> out = engine.run(tasks, facts, ProgressListener.NONE, replay);
            List<PlaceAssessment> d = out.stream().map(o -> aggregator.aggregate(o, index)).toList();
            long dWall = System.nanoTime() - t, dCpu = os.getProcessCpuTime() - c;
            out = null;
            List<PlaceAssessment> dd = d; d = null;
            System.gc();
            c = os.getProcessCpuTime(); t = System.nanoTime();
            ForkJoinPool pool = new ForkJoinPool(threads);
            List<PlaceYearTargets> targets = pool.submit(() -> IntStream.range(0, tasks.size()).parallel()
                    .mapToObj(i -> targets(tasks.get(i), facts, criteria)).toList()).join();
            pool.shutdown();
            PlaceAssessment[] b = new PlaceAssessment[tasks.size()];
            byYear.forEach((year, at) -> {
                List<List<IndicatorScore>> s = replay.score(year, at.stream().map(targets::get).toList());
                for (int k = 0; k < at.size(); k++) {
                    PlaceYear py = tasks.get(at.get(k));
                    b[at.get(k)] = aggregator.aggregate(new PlaceYearOutcome(py.placeRecord(), year, s.get(k), List.of(), List.of()), index);
                }
            });
            long bWall = System.nanoTime() - t, bCpu = os.getProcessCpuTime() - c;
            boolean same = Benchmark.identical(dd, List.of(b));
            dd = null;
            double n = tasks.size();
            bestD = Math.min(bestD, dCpu / n / 1e3); bestB = Math.min(bestB, bCpu / n / 1e3);
            bestRatio = Math.min(bestRatio, (double) dWall / bWall);
            System.out.printf("round %d: without the year step: drools %.2f s wall, %.1f us cpu/py | baseline %.2f s wall, %.1f us cpu/py | ratio wall %.2f, cpu %.2f | identical %s%n",
                    r, dWall / 1e9, dCpu / n / 1e3, bWall / 1e9, bCpu / n / 1e3, (double) dWall / bWall, (double) dCpu / bCpu, same);
        }
        System.out.printf("best: drools %.1f us cpu/py, baseline %.1f us cpu/py, cpu ratio of bests %.2f, best wall ratio %.2f%n", bestD, bestB, bestD / bestB, bestRatio);
        System.exit(0);
    }

    static PlaceYearTargets targets(PlaceYear py, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts, Map<String, List<Criterion>> criteria) {
        Map<String, Fact> byIndicator = new HashMap<>();
        for (Fact f : facts.getOrDefault(AssessmentEngine.key(py.getPlace(), py.getYear()), List.of())) byIndicator.put(f.indicator(), f);
        return new PlaceYearTargets(py, criteria.get(SyntheticWorkload.kindYear(py.getKind(), py.getYear())), byIndicator);
    }
}
