package cn.tongcheng.ruletest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.tongcheng.rules.RuleBase;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Which rules fired while the tests ran, and which of them a test asserts on (a status or score of the
 * indicator a criteria row sets, or a recommendation or diagnosis the test names): every table row and
 * hand-written rule, by name and {@code file:line}. Sessions get a listener each; they may run on any thread.
 */
public final class RuleCoverage {
    private final RuleBase rules;
    private final Set<String> fired = ConcurrentHashMap.newKeySet();
    /** Rules that fired in a test that states an expectation about what they did. */
    private final Set<String> asserted = ConcurrentHashMap.newKeySet();
    /** The rule ids and indicators the test now running states an expectation about. */
    private volatile Set<String> currentRules = Set.of();
    private volatile Set<String> currentIndicators = Set.of();

    public RuleCoverage(RuleBase rules) {
        this.rules = rules;
    }

    public AgendaEventListener listener() {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Rule r = event.getMatch().getRule();
                String key = r.getPackageName() + "/" + r.getName();
                fired.add(key);
                cn.tongcheng.rules.CriterionRow row = rules.index().criterion(r);
                if (row != null ? currentIndicators.contains(row.indicator()) : currentRules.contains(rules.index().advice(r).id())) {
                    asserted.add(key);
                }
            }
        };
    }

    /** Called before each test runs: what it states an expectation about (a rule counts as asserted only there). */
    public void startTest(RuleTest test) {
        Set<String> ruleIds = new java.util.HashSet<>();
        Set<String> indicators = new java.util.HashSet<>();
        for (RuleTest.Expectation e : test.expectations()) {
            switch (e.kind()) {
                case STATUS, SCORE -> indicators.add(e.subject());
                case RECOMMEND, DIAGNOSE -> ruleIds.add(e.subject());
                case RECOMMEND_EXACTLY, DIAGNOSE_EXACTLY -> ruleIds.addAll(List.of(e.expected().split(",\\s*")));
                default -> { }
            }
        }
        currentRules = Set.copyOf(ruleIds);
        currentIndicators = Set.copyOf(indicators);
    }

    /** A rule, where it is written, whether it fired, and whether a test asserts on what it does. */
    public record RuleUse(String name, String origin, boolean fired, boolean asserted) {
    }

    /** Fired, asserted and total rules per file, and the rules that never fired. */
    public record Report(int fired, int asserted, int total, Map<String, int[]> byFile, List<RuleUse> neverFired) {

        public double percent() {
            return total == 0 ? 100 : 100.0 * fired / total;
        }
    }

    public Report report() {
        // A table row stands for one rule per indicator it names: the row counts once, as fired if any of them did.
        Map<String, RuleUse> byOrigin = new LinkedHashMap<>();
        rules.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            String origin = rules.index().origin(r);
            boolean hit = fired.contains(r.getPackageName() + "/" + r.getName());
            String name = rules.index().advice(r).id();
            boolean checked = asserted.contains(r.getPackageName() + "/" + r.getName());
            byOrigin.merge(origin, new RuleUse(name, origin, hit, checked),
                    (a, b) -> new RuleUse(a.name(), a.origin(), a.fired() || b.fired(), a.asserted() || b.asserted()));
        }));
        List<RuleUse> all = new ArrayList<>(byOrigin.values());
        all.sort(Comparator.comparing(RuleUse::origin, cn.tongcheng.model.Origins.ORDER));
        Map<String, int[]> byFile = new LinkedHashMap<>();
        for (RuleUse u : all) {
            int[] c = byFile.computeIfAbsent(file(u.origin()), k -> new int[2]);
            if (u.fired()) c[0]++;
            c[1]++;
        }
        List<RuleUse> never = all.stream().filter(u -> !u.fired()).toList();
        int asserted = (int) all.stream().filter(RuleUse::asserted).count();
        return new Report(all.size() - never.size(), asserted, all.size(), byFile, never);
    }

    private static String file(String origin) {
        return cn.tongcheng.model.Origins.file(origin);
    }
}
