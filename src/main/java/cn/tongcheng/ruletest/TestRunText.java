package cn.tongcheng.ruletest;

import java.util.Map;

import cn.tongcheng.i18n.Messages;
import cn.tongcheng.ruletest.TestResult.Mismatch;

/** A test run as a test runner prints it: each test passed or failed, failures side by side, then coverage. */
public final class TestRunText {
    private TestRunText() {
    }

    public static String render(TestRun run, boolean verbose) {
        Messages m = Messages.ui();
        StringBuilder s = new StringBuilder();
        for (TestResult r : run.results()) {
            if (r.passed()) {
                if (verbose) s.append("PASS  ").append(r.test().name()).append("  (").append(r.test().origin()).append(")\n");
                continue;
            }
            s.append("FAIL  ").append(r.test().name()).append("  (").append(r.test().origin()).append(")\n");
            s.append("      ").append(m.get("test.facts")).append(": ").append(r.test().factsText()).append('\n');
            int w = Math.max(12, r.mismatches().stream().mapToInt(x -> x.what().length()).max().orElse(0));
            int we = Math.max(10, r.mismatches().stream().mapToInt(x -> x.expected().length()).max().orElse(0));
            s.append(String.format("      %-" + w + "s  %-" + we + "s  %s%n", "", m.get("test.expected"), m.get("test.actual")));
            for (Mismatch x : r.mismatches()) {
                s.append(String.format("      %-" + w + "s  %-" + we + "s  %s%n", x.what(), x.expected(), x.actual()));
            }
        }
        s.append(m.get("test.summary", run.passed(), run.failed(), run.skipped())).append('\n');
        if (run.coverage() != null) coverage(s, run.coverage(), m);
        return s.toString();
    }

    private static void coverage(StringBuilder s, RuleCoverage.Report c, Messages m) {
        s.append(m.get("test.coverage", c.fired(), c.total(), String.format("%.1f", c.percent()))).append('\n');
        s.append(m.get("test.asserted", c.asserted(), c.total(), c.fired() - c.asserted())).append('\n');
        for (Map.Entry<String, int[]> f : c.byFile().entrySet()) {
            s.append(String.format("  %-44s %4d/%-4d%n", f.getKey(), f.getValue()[0], f.getValue()[1]));
        }
        if (!c.neverFired().isEmpty()) s.append(m.get("test.never-fired")).append('\n');
        for (RuleCoverage.RuleUse u : c.neverFired()) s.append("  ").append(u.origin()).append("  ").append(u.name()).append('\n');
    }
}
