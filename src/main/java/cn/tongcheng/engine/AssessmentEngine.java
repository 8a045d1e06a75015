package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.RuleBase;

import org.kie.api.event.rule.AgendaEventListener;

/**
 * Runs every place-year through the rules, each in its own sessions over the one shared KieBase, on a
 * bounded pool of threads: the criteria round for all, then the {@link YearScorer} once per year (in year
 * order, on this thread), then the advice round for all. Outcomes come back in the order of the tasks, so
 * results do not depend on the number of threads.
 */
public final class AssessmentEngine {
    private final RuleBase ruleBase;
    private final int threads;
    private final Supplier<? extends AgendaEventListener> listener;
    private final RunLimits limits;

    public AssessmentEngine(RuleBase ruleBase, int threads) {
        this(ruleBase, threads, null);
    }

    /**
     * @param listener makes a listener for each session (e.g. to record which rules fire), or null
     */
    public AssessmentEngine(RuleBase ruleBase, int threads, Supplier<? extends AgendaEventListener> listener) {
        this(ruleBase, threads, listener, RunLimits.DEFAULT);
    }

    /** @param limits how far the rules of one place-year may run (see {@link RunLimits}) */
    public AssessmentEngine(RuleBase ruleBase, int threads, Supplier<? extends AgendaEventListener> listener, RunLimits limits) {
        this.limits = limits;
        this.ruleBase = ruleBase;
        this.threads = Math.max(1, threads);
        this.listener = listener;
    }

    /**
     * @param tasks    the place-years to assess
     * @param facts    the facts of each place-year, keyed by {@link #key}
     * @param progress told the number of tasks done so far (may be called from any thread)
     * @param scorer   scores each year's place-years between the criteria round and the advice round
     */
    public List<PlaceYearOutcome> run(List<PlaceYear> tasks, Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts,
                                      ProgressListener progress, YearScorer scorer) {
        PlaceYearSession session = new PlaceYearSession(ruleBase, listener, limits);
        ProblemList problems = new ProblemList();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks.size())));
        try {
            // The criteria round, once per profile: place-years that look alike to the criteria rows get the same rows.
            Map<PlaceProfile, Future<List<CriterionRow>>> rows = new java.util.HashMap<>();
            List<PlaceProfile> profiles = new ArrayList<>(tasks.size());
            for (PlaceYear py : tasks) {
                PlaceProfile p = session.profile(py);
                profiles.add(p);
                rows.computeIfAbsent(p, k -> pool.submit(() -> session.rows(k, py, problems)));
            }
            Map<PlaceProfile, List<Criterion>> shared = new java.util.HashMap<>();
            Map<Integer, List<Integer>> byYear = new java.util.TreeMap<>();
            List<PlaceYearTargets> targets = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                PlaceYear py = tasks.get(i);
                Map<String, Fact> byIndicator = new java.util.HashMap<>();
                for (Fact f : facts.getOrDefault(key(py.getPlace(), py.getYear()), List.of())) byIndicator.put(f.indicator(), f);
                targets.add(new PlaceYearTargets(py, criteria(join(rows.get(profiles.get(i))), profiles.get(i), py, shared, problems),
                        byIndicator));
                byYear.computeIfAbsent(py.getYear(), k -> new ArrayList<>()).add(i);
            }
            problems.throwIfAny("rules");
            List<List<IndicatorScore>> scores = new ArrayList<>(java.util.Collections.nCopies(tasks.size(), null));
            byYear.forEach((year, at) -> {
                List<List<IndicatorScore>> s = scorer.score(year, at.stream().map(targets::get).toList());
                for (int k = 0; k < at.size(); k++) scores.set(at.get(k), s.get(k));
            });
            // In chunks of consecutive place-years: a task per place-year costs as much in queueing as its session.
            int chunk = Math.max(1, Math.min(64, tasks.size() / (threads * 8)));
            List<Future<List<PlaceYearOutcome>>> futures = new ArrayList<>();
            for (int from = 0; from < tasks.size(); from += chunk) {
                int start = from;
                int end = Math.min(tasks.size(), from + chunk);
                futures.add(pool.submit(() -> {
                    List<PlaceYearOutcome> outcomes = new ArrayList<>(end - start);
                    for (int i = start; i < end; i++) {
                        PlaceYear py = tasks.get(i);
                        outcomes.add(session.advise(py, facts.getOrDefault(key(py.getPlace(), py.getYear()), List.of()),
                                scores.get(i), problems));
                        pauseIfTesting();
                        progress.update(done.incrementAndGet(), tasks.size());
                    }
                    return outcomes;
                }));
            }
            List<PlaceYearOutcome> out = new ArrayList<>(tasks.size());
            for (Future<List<PlaceYearOutcome>> f : futures) out.addAll(join(f));
            problems.throwIfAny("rules");
            return out;
        } finally {
            pool.shutdownNow();
            // Sessions still in use by a task that ignored the interrupt are left to the garbage collector.
            if (awaitQuietly(pool)) session.close();
        }
    }

    /**
     * Test hook (KillTest): with this property set, the run announces on stderr that it is assessing and
     * waits there, after its first place-year, until it is killed.
     */
    static final String PAUSE_PROPERTY = "tongcheng.test.pause-while-assessing";

    private static void pauseIfTesting() {
        if (System.getProperty(PAUSE_PROPERTY) == null) return;
        System.err.println(PAUSE_PROPERTY);
        System.err.flush();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean awaitQuietly(ExecutorService pool) {
        try {
            return pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The criteria of a place-year from the rows of its profile: shared by the place-years of the profile, unless
     * the rows overlap, which is a problem to report for each place-year.
     */
    private static List<Criterion> criteria(List<CriterionRow> rows, PlaceProfile profile, PlaceYear py,
                                            Map<PlaceProfile, List<Criterion>> shared, ProblemList problems) {
        List<Criterion> known = shared.get(profile);
        if (known != null) return known;
        ProblemList overlaps = new ProblemList();
        List<Criterion> out = ScoreCard.criteria(rows, py, overlaps);
        if (overlaps.isEmpty()) shared.put(profile, out);
        else ScoreCard.criteria(rows, py, problems);
        return out;
    }

    /** The criteria that apply to a place-year, from the criteria rows alone (no facts, no second round). */
    public List<Criterion> criteria(PlaceYear py) {
        ProblemList problems = new ProblemList();
        PlaceYearSession session = new PlaceYearSession(ruleBase, listener);
        try {
            List<Criterion> out = session.criteria(py, problems);
            problems.throwIfAny("rules");
            return out;
        } finally {
            session.close();
        }
    }

    /** The criteria rows that fire for a place-year, and their problems, without throwing (for checks). */
    public CriteriaProbe probe(PlaceYear py) {
        PlaceYearSession session = new PlaceYearSession(ruleBase, listener);
        try {
            return session.probe(py);
        } finally {
            session.close();
        }
    }

    public static cn.tongcheng.model.PlaceYearKey key(String place, int year) {
        return new cn.tongcheng.model.PlaceYearKey(place, year);
    }

    private static <T> T join(Future<T> f) {
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
