package cn.tongcheng.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.Globals;
import cn.tongcheng.rules.RuleBase;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Assesses one place in one year in Drools sessions, in two rounds with the year's scoring between them:
 * the criteria rows fire on the place and set the targets ({@link #targets}); once every place of the year
 * is scored, recommendation and diagnosis rules fire on the place's facts and scores ({@link #advise}).
 */
final class PlaceYearSession {
    private final RuleBase ruleBase;
    private final Supplier<? extends AgendaEventListener> listener;

    private final ThreadLocal<KieSession> reusable;
    private final java.util.Queue<KieSession> kept = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final boolean cardDeclared;
    /** Whether some rule matches {@link Observation}s: if none does, inserting them is work for nothing. */
    private final boolean observationsRead;
    private final PlaceProfile.Reader profiles;
    private final Map<String, OriginKey> originKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final FiringGuard guard;

    PlaceYearSession(RuleBase ruleBase, Supplier<? extends AgendaEventListener> listener) {
        this(ruleBase, listener, RunLimits.DEFAULT);
    }

    PlaceYearSession(RuleBase ruleBase, Supplier<? extends AgendaEventListener> listener, RunLimits limits) {
        this.guard = new FiringGuard(limits, ruleBase);
        this.reusable = ThreadLocal.withInitial(() -> {
            KieSession session = ruleBase.kieBase().newKieSession();
            kept.add(session);
            return session;
        });
        this.cardDeclared = Globals.declared(ruleBase.kieBase(), "card");
        this.observationsRead = FactTypes.read(ruleBase.kieBase(), Observation.class);
        this.profiles = new PlaceProfile.Reader(ruleBase.rows().criteria());
        this.ruleBase = ruleBase;
        this.listener = listener;
    }

    private KieSession newSession() {
        KieSession session = ruleBase.kieBase().newKieSession();
        if (listener != null) session.addEventListener(listener.get());
        return session;
    }

    /** Only the first round: the criteria that apply to a place-year (for the benchmark's baseline). */
    List<Criterion> criteria(PlaceYear py, ProblemList problems) {
        return ScoreCard.criteria(rows(profiles.of(py), py, problems), py, problems);
    }

    /** The criteria rows that fire for a place-year, unchecked, and what checking them makes of them. */
    CriteriaProbe probe(PlaceYear py) {
        ProblemList problems = new ProblemList();
        List<CriterionRow> rows = rows(profiles.of(py), py, problems);
        List<Criterion> criteria = ScoreCard.criteria(rows, py, problems);
        return new CriteriaProbe(py, rows, criteria, problems.sorted());
    }

    /** The profile of a place-year: what the criteria rows read of it. */
    PlaceProfile profile(PlaceYear py) {
        return profiles.of(py);
    }

    /**
     * The criteria round for one profile: the rows that apply to it, in firing order. {@code py} is a place-year
     * of that profile, named in the problems of a rule that fails.
     */
    List<CriterionRow> rows(PlaceProfile profile, PlaceYear py, ProblemList problems) {
        ScoreCard card = new ScoreCard(ruleBase.index());
        return inSession(py, card, problems, (session, unit) -> {
            session.insert(profile);
            unit.fire();
            return card.rows();
        }, List.of());
    }

    /**
     * The advice round: the place, its facts (when some rule reads them) and its scores in one session, where
     * recommendation and diagnosis rules fire (criteria rules read the profile, which is not in this session).
     */
    PlaceYearOutcome advise(PlaceYear py, List<Fact> facts, List<IndicatorScore> scores, ProblemList problems) {
        ScoreCard card = new ScoreCard(ruleBase.index());
        PlaceYearOutcome none = new PlaceYearOutcome(py.placeRecord(), py.getYear(), List.of(), List.of(), List.of());
        return inSession(py, card, problems, (session, unit) -> {
            session.insert(py);
            if (observationsRead) for (Fact f : facts) session.insert(new Observation(f));
            scores.forEach(session::insert);
            unit.fire();
            return new PlaceYearOutcome(py.placeRecord(), py.getYear(), scores, sorted(card.recommendations()),
                    card.diagnoses().stream().sorted(Comparator.comparing((Diagnosis d) -> originKeys.computeIfAbsent(d.origin(),
                            OriginKey::of), OriginKey.ORDER)).toList());
        }, none);
    }

    private <T> T inSession(PlaceYear py, ScoreCard card, ProblemList problems,
            java.util.function.BiFunction<KieSession, FiringGuard.Unit, T> work, T failed) {
        KieSession session = listener == null ? reusable.get() : newSession();
        boolean healthy = false;
        try (FiringGuard.Unit unit = guard.begin(session, py)) {
            if (cardDeclared) session.setGlobal("card", card);
            T out = work.apply(session, unit);
            healthy = true;
            return out;
        } catch (ConsequenceException e) {
            // A rule's action failed (a bad cell value, a division by zero …): the author's problem, at its rule.
            problems.addAt(ruleBase.index().origin(e.getMatch().getRule()), "", "rules.runtime",
                    e.getMatch().getRule().getName(), py.getPlace(), py.getYear(), rootMessage(e));
            return failed;
        } catch (RuntimeException e) {
            // past a limit, or a condition that threw: the author's problem, at the rule (FiringGuard)
            if (!guard.report(e, py, problems)) throw e;
            return failed;
        } finally {
            if (healthy) release(session);
            else discard(session);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A session that failed midway is not reused. */
    private void discard(KieSession session) {
        if (listener == null) {
            reusable.remove();
            kept.remove(session);
        }
        session.dispose();
    }

    /**
     * A session's node memories cost more to create than most place-years cost to assess, so each
     * thread keeps one session and resets it between place-years (Drools' own session pools do the
     * same). Sessions with a listener are fresh, so that listeners never carry over.
     */
    private void release(KieSession session) {
        if (listener == null) ((StatefulKnowledgeSessionImpl) session).reset();
        else session.dispose();
    }

    /** Disposes the sessions the threads kept (a stateful session stays registered in its KieBase until then). */
    void close() {
        KieSession s;
        while ((s = kept.poll()) != null) s.dispose();
    }

    /**
     * Highest priority first; recommendations without a known gap last; ties by rule origin. A rule that
     * matched several indicators is kept once, for the gap that is worth most.
     */
    private List<Recommendation> sorted(List<Recommendation> recs) {
        List<Ranked> ranked = new java.util.ArrayList<>(recs.size());
        for (Recommendation r : recs) ranked.add(new Ranked(r, originKeys.computeIfAbsent(r.origin(), OriginKey::of)));
        ranked.sort(null);
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Recommendation> out = new java.util.ArrayList<>(ranked.size());
        for (Ranked r : ranked) if (seen.add(r.rec.rule())) out.add(r.rec);
        return List.copyOf(out);
    }

    /** A rule's origin taken apart, once per rule and run rather than on every comparison. */
    private record OriginKey(String file, int line) {
        /** As {@link cn.tongcheng.model.Origins#ORDER} orders origins. */
        static final Comparator<OriginKey> ORDER = Comparator.comparing(OriginKey::file).thenComparingInt(OriginKey::line);

        static OriginKey of(String origin) {
            return new OriginKey(cn.tongcheng.model.Origins.file(origin), cn.tongcheng.model.Origins.line(origin));
        }
    }

    /** A recommendation with its sort key. */
    private record Ranked(Recommendation rec, double priority, OriginKey origin) implements Comparable<Ranked> {
        Ranked(Recommendation rec, OriginKey origin) {
            this(rec, rec.priority() == null ? Double.NEGATIVE_INFINITY : rec.priority(), origin);
        }

        /** By priority, then as {@link cn.tongcheng.model.Origins#ORDER} orders origins, then by indicator. */
        @Override
        public int compareTo(Ranked o) {
            int c = Double.compare(o.priority, priority);
            if (c == 0) c = OriginKey.ORDER.compare(origin, o.origin);
            return c != 0 ? c : rec.indicator().compareTo(o.rec.indicator());
        }
    }
}
