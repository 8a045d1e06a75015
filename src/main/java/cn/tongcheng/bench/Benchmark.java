package cn.tongcheng.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.tongcheng.assessment.Aggregator;
import cn.tongcheng.assessment.YearIndex;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Place;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

/** Times rule compilation, the Drools assessment and the plain-Java baseline on synthetic workloads. */
public final class Benchmark {
    /** One workload size measured. */
    public record Row(int places, int years, int placeYears, int facts, double droolsSeconds, double baselineSeconds,
                      long peakHeapMiB, int threads, boolean identical) {
        public double ratio() {
            return droolsSeconds / baselineSeconds;
        }

        public double placeYearsPerSecond() {
            return placeYears / droolsSeconds;
        }
    }

    private final Path rulesDir;
    private final int threads;
    private final long seed;
    private RuleBase ruleBase;
    private double compileSeconds;

    public Benchmark(Path rulesDir, int threads, long seed) {
        this.rulesDir = rulesDir;
        this.threads = threads;
        this.seed = seed;
    }

    /** Compiles the rule base from {@code rules/}; timed. */
    public double compile() {
        long t = System.nanoTime();
        ruleBase = new RuleBaseCompiler().compile(rulesDir);
        compileSeconds = (System.nanoTime() - t) / 1e9;
        return compileSeconds;
    }

    public int indicatorCount() {
        return ruleBase.catalogue().indicators().size();
    }

    public Row run(int placeCount, int yearCount) {
        AssessmentEngine engine = new AssessmentEngine(ruleBase, threads);
        int lastYear = 2016;
        Map<String, List<Criterion>> criteria = criteria(engine, lastYear, yearCount);
        SyntheticWorkload w = SyntheticWorkload.generate(placeCount, yearCount, seed, lastYear,
                ruleBase.catalogue().indicatorsById(), criteria);
        List<PlaceYear> tasks = new ArrayList<>();
        for (int year : w.years()) for (Place p : w.places()) tasks.add(new PlaceYear(p, year));
        Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts = w.byPlaceYear();

        resetPeaks();
        long t = System.nanoTime();
        List<PlaceAssessment> drools = drools(engine, tasks, facts);
        double droolsSeconds = (System.nanoTime() - t) / 1e9;
        long peak = peakHeapMiB();

        System.gc();
        t = System.nanoTime();
        List<PlaceAssessment> baseline = new PlainJavaBaseline(ruleBase.catalogue(), criteria).run(tasks, facts, threads);
        double baselineSeconds = (System.nanoTime() - t) / 1e9;
        return new Row(placeCount, yearCount, tasks.size(), w.facts().size(), droolsSeconds, baselineSeconds, peak,
                threads, identical(drools, baseline));
    }

    /** In a method of its own, so that the engine's outcomes and the year's computations are garbage before the baseline runs. */
    private List<PlaceAssessment> drools(AssessmentEngine engine, List<PlaceYear> tasks, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts) {
        Aggregator aggregator = new Aggregator(ruleBase.catalogue());
        YearIndex index = new YearIndex(ruleBase.catalogue(), Place::ranked);
        List<PlaceYearOutcome> outcomes = engine.run(tasks, facts, ProgressListener.NONE, index);
        return outcomes.stream().map(o -> aggregator.aggregate(o, index)).toList();
    }

    private static Map<String, List<Criterion>> criteria(AssessmentEngine engine, int lastYear, int years) {
        Map<String, List<Criterion>> out = new HashMap<>();
        for (String kind : List.of("county", "district")) {
            Place p = new Place("probe", "probe", "probe", kind, "", false, Map.of());
            for (int y = lastYear - years + 1; y <= lastYear; y++) {
                out.put(SyntheticWorkload.kindYear(kind, y), engine.criteria(new PlaceYear(p, y)));
            }
        }
        return out;
    }

    static boolean identical(List<PlaceAssessment> a, List<PlaceAssessment> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            PlaceAssessment x = a.get(i);
            PlaceAssessment y = b.get(i);
            if (!x.place().id().equals(y.place().id()) || x.year() != y.year() || !Objects.equals(x.index(), y.index())
                    || !x.dimensions().equals(y.dimensions()) || !sameScores(x.indicators(), y.indicators())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameScores(List<IndicatorScore> a, List<IndicatorScore> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            IndicatorScore x = a.get(i);
            IndicatorScore y = b.get(i);
            if (!x.getIndicator().equals(y.getIndicator()) || !Objects.equals(x.getScore(), y.getScore())
                    || x.getStatus() != y.getStatus() || x.getWeightInIndex() != y.getWeightInIndex()) {
                return false;
            }
        }
        return true;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapMiB() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024 * 1024);
    }
}
