package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.RuleBase;

/**
 * Runs every place-year through the rules, each in its own session over the one shared KieBase, on a
 * bounded pool of threads. Outcomes come back in the order of the tasks, so results do not depend on the
 * number of threads.
 */
public final class AssessmentEngine {
    private final RuleBase ruleBase;
    private final int threads;

    public AssessmentEngine(RuleBase ruleBase, int threads) {
        this.ruleBase = ruleBase;
        this.threads = Math.max(1, threads);
    }

    /**
     * @param tasks    the place-years to assess
     * @param facts    the facts of each place-year, keyed by {@link #key}
     * @param progress told the number of tasks done so far (may be called from any thread)
     */
    public List<PlaceYearOutcome> run(List<PlaceYear> tasks, Map<String, List<Fact>> facts, IntConsumer progress) {
        PlaceYearSession session = new PlaceYearSession(ruleBase);
        ProblemList problems = new ProblemList();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks.size())));
        try {
            List<Future<PlaceYearOutcome>> futures = new ArrayList<>();
            for (PlaceYear py : tasks) {
                futures.add(pool.submit(() -> {
                    PlaceYearOutcome o = session.run(py, facts.getOrDefault(key(py.getPlace(), py.getYear()), List.of()), problems);
                    progress.accept(done.incrementAndGet());
                    return o;
                }));
            }
            List<PlaceYearOutcome> out = new ArrayList<>();
            for (Future<PlaceYearOutcome> f : futures) out.add(join(f));
            problems.throwIfAny("rules");
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The criteria that apply to a place-year, from the criteria rows alone (no facts, no second round). */
    public List<Criterion> criteria(PlaceYear py) {
        ProblemList problems = new ProblemList();
        List<Criterion> out = new PlaceYearSession(ruleBase).criteria(py, problems);
        problems.throwIfAny("rules");
        return out;
    }

    public static String key(String place, int year) {
        return place + "|" + year;
    }

    private static PlaceYearOutcome join(Future<PlaceYearOutcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }
}
