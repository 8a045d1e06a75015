package cn.tongcheng.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Aggregator;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Place;
import cn.tongcheng.model.PlaceYearKey;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

/**
 * Times rule compilation, the Drools assessment and the plain-Java baseline on synthetic workloads. A size runs
 * one year at a time: the year's facts are drawn, assessed by Drools (criteria round, the year's index across
 * all places, advice round) and by the baseline (the same index), each timed, and each path's results go into
 * a digest before the next year; so the heap holds one year, never the whole run, and township scale (41,000
 * places × 10 years) fits in 2 GiB.
 */
public final class Benchmark {
    /** One workload size measured; the heap figures are of the whole size's run (both paths). */
    public record Row(int places, int years, int placeYears, long facts, double droolsSeconds, double baselineSeconds,
                      double droolsCpuSeconds, double baselineCpuSeconds, long peakHeapMiB, long afterGcMiB, int threads,
                      boolean identical) {
        public double ratio() {
            return droolsSeconds / baselineSeconds;
        }

        /** The same ratio in CPU time of the whole process (collector and compiler threads included). */
        public double cpuRatio() {
            return droolsCpuSeconds / baselineCpuSeconds;
        }

        /** Drools CPU milliseconds per place-year: on a shared machine, steadier than wall time. */
        public double droolsCpuMsPerPlaceYear() {
            return droolsCpuSeconds * 1000 / placeYears;
        }

        public double placeYearsPerSecond() {
            return placeYears / droolsSeconds;
        }

        /** Drools milliseconds per place-year: constant when the cost grows linearly. */
        public double droolsMsPerPlaceYear() {
            return droolsSeconds * 1000 / placeYears;
        }
    }

    /** Told, from any thread, how far a size has got. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (places, done, total, afterGcMiB) -> { };

        /** @param done place-years through the Drools path of {@code total} for a size of {@code places} */
        void update(int places, int done, int total, long afterGcMiB);
    }

    private final Path rulesDir;
    private final int threads;
    private final long seed;
    private RuleBase ruleBase;

    public Benchmark(Path rulesDir, int threads, long seed) {
        this.rulesDir = rulesDir;
        this.threads = threads;
        this.seed = seed;
    }

    /** Compiles the rule base from {@code rules/}; timed. */
    public double compile() {
        long t = System.nanoTime();
        ruleBase = new RuleBaseCompiler().compile(rulesDir);
        return (System.nanoTime() - t) / 1e9;
    }

    public int indicatorCount() {
        return ruleBase.catalogue().indicators().size();
    }

    public Row run(int placeCount, int yearCount) {
        return run(placeCount, yearCount, Progress.NONE);
    }

    public Row run(int placeCount, int yearCount, Progress progress) {
        AssessmentEngine engine = new AssessmentEngine(ruleBase, threads);
        int lastYear = 2016;
        SyntheticWorkload w = SyntheticWorkload.of(placeCount, yearCount, seed, lastYear,
                ruleBase.catalogue().indicatorsById(), criteria(engine, lastYear, yearCount));
        PlainJavaBaseline baseline = new PlainJavaBaseline(ruleBase.catalogue(), w.criteria());
        int total = placeCount * yearCount;
        ResultDigest droolsDigest = new ResultDigest(), baselineDigest = new ResultDigest();
        long facts = 0, droolsNanos = 0, baselineNanos = 0, droolsCpu = 0, baselineCpu = 0;
        int done = 0;
        try (HeapWatch heap = new HeapWatch()) {
            for (int year : w.years()) {
                List<PlaceYear> tasks = new ArrayList<>(placeCount);
                for (Place p : w.places()) tasks.add(new PlaceYear(p, year));
                Map<PlaceYearKey, List<Fact>> yearFacts = w.facts(year);
                for (List<Fact> f : yearFacts.values()) facts += f.size();

                System.gc(); // each path starts from the same heap: the other's garbage is not its cost
                int before = done;
                long t = System.nanoTime(), cpu = cpuNanos();
                List<PlaceAssessment> drools = drools(engine, tasks, yearFacts,
                        (d, n) -> progress.update(placeCount, before + d, total, heap.afterGcMiB()));
                droolsNanos += System.nanoTime() - t;
                droolsCpu += cpuNanos() - cpu;
                droolsDigest.add(drools);
                drools = null;
                done += tasks.size();

                System.gc();
                t = System.nanoTime();
                cpu = cpuNanos();
                List<PlaceAssessment> plain = baseline.run(tasks, yearFacts, threads);
                baselineNanos += System.nanoTime() - t;
                baselineCpu += cpuNanos() - cpu;
                baselineDigest.add(plain);
                progress.update(placeCount, done, total, heap.afterGcMiB());
            }
            return new Row(placeCount, yearCount, total, facts, droolsNanos / 1e9, baselineNanos / 1e9,
                    droolsCpu / 1e9, baselineCpu / 1e9, heap.peakMiB(), heap.afterGcMiB(), threads,
                    ResultDigest.same(droolsDigest.finish(), baselineDigest.finish()));
        }
    }

    /** CPU time of the whole process so far. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One year through the engine and the aggregation, as {@code assess} runs it. */
    private List<PlaceAssessment> drools(AssessmentEngine engine, List<PlaceYear> tasks, Map<PlaceYearKey, List<Fact>> facts,
            ProgressListener progress) {
        Aggregator aggregator = new Aggregator(ruleBase.catalogue());
        YearIndex index = new YearIndex(ruleBase.catalogue(), Place::ranked);
        List<PlaceYearOutcome> outcomes = engine.run(tasks, facts, progress, index);
        List<PlaceAssessment> out = new ArrayList<>(outcomes.size());
        for (PlaceYearOutcome o : outcomes) out.add(aggregator.aggregate(o, index));
        return out;
    }

    private static Map<KindYear, List<Criterion>> criteria(AssessmentEngine engine, int lastYear, int years) {
        Map<KindYear, List<Criterion>> out = new HashMap<>();
        for (String kind : List.of("county", "district")) {
            Place p = new Place("probe", "probe", "probe", kind, "", false, Map.of());
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                out.put(new KindYear(kind, y), engine.criteria(new PlaceYear(p, y)));
            }
        }
        return out;
    }
}
