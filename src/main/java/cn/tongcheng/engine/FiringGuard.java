package cn.tongcheng.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.sandbox.GeneratedNames;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Keeps the rules of one place-year within {@link RunLimits}: counts the firings of each rule and halts the
 * session past the cap or the deadline. A watchdog halts a session whose deadline passed while a
 * condition or action is still computing; one that does not return even then (a computation inside a
 * single firing, which no halt can stop) ends the process with exit 2 and the located message, since no
 * report of the run can be right. Also locates an exception thrown in a condition at its rule.
 */
final class FiringGuard {
    /** How long after its deadline a place-year that ignores the halt may go on before the process ends. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** "… in [Rule "NAME" in FILE]" or "Rule "NAME"" in Drools' message about a failed condition. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The name of a class Drools generated for a rule ({@code test.Rule_NAME123Eval0Invoker}). */
    private static final Pattern GENERATED_CLASS = Pattern.compile("[\\w$.]*\\.Rule_[\\w$-]+");

    private static final Set<Unit> ACTIVE = ConcurrentHashMap.newKeySet();
    private static volatile ScheduledExecutorService watchdog;

    private final RunLimits limits;
    private final RuleBase ruleBase;
    private final cn.tongcheng.rules.RuleIndex origins;

    FiringGuard(RunLimits limits, RuleBase ruleBase) {
        this.limits = limits;
        this.ruleBase = ruleBase;
        this.origins = ruleBase.index();
    }

    /** The run of one place-year stopped at a limit. */
    static final class RunawayException extends RuntimeException {
        final Problem problem;

        RunawayException(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Starts the clock and the count for a place-year; {@link Unit#close()} when it is done. */
    Unit begin(KieSession session, PlaceYear py) {
        Unit u = new Unit(session, py);
        session.addEventListener(u);
        ACTIVE.add(u);
        startWatchdog();
        return u;
    }

    /**
     * Adds the problem a runtime exception of a place-year stands for and returns true, or returns false
     * when it is not the rules' doing (then it is an internal error).
     */
    boolean report(RuntimeException e, PlaceYear py, ProblemList problems) {
        if (e instanceof RunawayException r) {
            problems.add(r.problem);
            return true;
        }
        if (e instanceof ConsequenceException) return false; // reported by the session, at its rule
        Rule rule = ruleOf(e);
        if (rule == null) return false;
        problems.addAt(origins.origin(rule), "", "rules.condition-failed", rule.getName(), py.getPlace(),
                py.getYear(), rootMessage(e));
        return true;
    }

    /**
     * The rule whose condition threw: Drools names it in the message of a failed constraint
     * ({@code Rule "NAME"}), or names the class it generated for the rule's eval ({@code pkg.Rule_NAME…}).
     */
    private Rule ruleOf(Throwable e) {
        List<Rule> rules = ruleBase.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
        String named = ruleNamed(e);
        if (named != null) {
            for (Rule r : rules) if (r.getName().equals(named)) return r;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = GENERATED_CLASS.matcher(String.valueOf(t.getMessage()));
            while (m.find()) {
                Rule best = null;
                for (Rule r : rules) {
                    if (GeneratedNames.belongsTo(m.group(), r.getPackageName(), r.getName())
                            && (best == null || r.getName().length() > best.getName().length())) best = r;
                }
                if (best != null) return best;
            }
        }
        return null;
    }

    /** The rule whose condition threw, from Drools' exception (its message names the rule). */
    private static String ruleNamed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() == null) continue;
            Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
            if (m.find()) return m.group(1).replace("\\\"", "\"");
        }
        return null;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static synchronized void startWatchdog() {
        if (watchdog != null) return;
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "tongcheng-rule-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(FiringGuard::watch, 200, 200, TimeUnit.MILLISECONDS);
    }

    private static void watch() {
        long now = System.nanoTime();
        for (Unit u : ACTIVE) {
            if (now > u.deadline && !u.halted) u.halt(Reason.TIME);
            if (now > u.deadline + GRACE_NANOS) {
                // The firing ignores the halt: a computation inside one condition or action.
                System.err.println(u.problem(Reason.TIME));
                System.err.flush();
                Runtime.getRuntime().halt(2);
            }
        }
    }

    private enum Reason { FIRINGS, TIME }

    /** How many of the last firings say which rules kept firing (a power of two). */
    private static final int RECENT = 256;

    /** The firings of one place-year: a listener on its session. */
    final class Unit extends DefaultAgendaEventListener implements AutoCloseable {
        private final KieSession session;
        private final PlaceYear py;
        private final long deadline;
        /** The last rules fired, in a ring: the ones that kept firing are those most often in it. */
        private final Rule[] recent = new Rule[RECENT];
        private int firings;
        /** The rule whose action is running, if any: a computation that does not end is in it (read by the watchdog). */
        private Rule current;
        private volatile boolean halted;
        private volatile Reason reason;

        Unit(KieSession session, PlaceYear py) {
            this.session = session;
            this.py = py;
            this.deadline = System.nanoTime() + (long) (limits.maxSeconds() * 1e9);
        }

        /** Fires the session's rules; throws {@link RunawayException} when a limit stopped them. */
        void fire() {
            session.fireAllRules();
            if (reason != null) throw new RunawayException(problem(reason));
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
            recent[firings & (RECENT - 1)] = event.getMatch().getRule();
            firings++;
            if (firings > limits.maxFirings()) halt(Reason.FIRINGS);
            else if ((firings & 63) == 0 && System.nanoTime() > deadline) halt(Reason.TIME);
        }

        private void halt(Reason why) {
            if (reason == null) reason = why;
            halted = true;
            session.halt();
        }

        /** The problem of a place-year that ran past a limit, at the rule that fired most. */
        private Problem problem(Reason why) {
            Map<Rule, int[]> perRule = new HashMap<>();
            for (Rule r : recent.clone()) if (r != null) perRule.computeIfAbsent(r, x -> new int[1])[0]++;
            List<Map.Entry<Rule, int[]>> top = new ArrayList<>(perRule.entrySet());
            top.sort(Comparator.comparingInt((Map.Entry<Rule, int[]> e) -> -e.getValue()[0])
                    .thenComparing(e -> e.getKey().getName()));
            Rule running = current;
            String rules = top.stream().limit(3)
                    .map(e -> e.getKey().getName() + " (" + origins.origin(e.getKey()) + ", " + e.getValue()[0] + "×)")
                    .collect(Collectors.joining(", "));
            if (running != null) {
                String now = running.getName() + " (" + origins.origin(running) + ", " + Messages.ui("problem.rules.runaway-running") + ")";
                rules = rules.isEmpty() ? now : now + ", " + rules;
            }
            String origin = running != null ? origins.origin(running) : top.isEmpty() ? "rules" : origins.origin(top.get(0).getKey());
            int colon = origin.lastIndexOf(':');
            String file = colon > 0 ? origin.substring(0, colon) : origin;
            int line = colon > 0 && origin.substring(colon + 1).matches("\\d+") ? Integer.parseInt(origin.substring(colon + 1)) : 0;
            String code = why == Reason.FIRINGS ? "rules.runaway-firings" : "rules.runaway-time";
            Object limit = why == Reason.FIRINGS ? limits.maxFirings() : formatSeconds(limits.maxSeconds());
            String none = Messages.ui("problem.rules.runaway-none");
            return new Problem(file, line, "", code, Messages.ui("problem." + code, py.getPlace(), py.getYear(), limit,
                    rules.isEmpty() ? none : rules));
        }

        @Override
        public void close() {
            ACTIVE.remove(this);
            session.removeEventListener(this);
        }
    }

    private static String formatSeconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
