package cn.tongcheng.ruletest;

import java.util.List;

/**
 * A run of rule tests.
 *
 * @param skipped tests left out by {@code --run}
 * @param coverage the rules fired, or null when not asked for
 */
public record TestRun(List<TestResult> results, int skipped, RuleCoverage.Report coverage) {

    public TestRun {
        results = List.copyOf(results);
    }

    public long failed() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    public long passed() {
        return results.size() - failed();
    }
}
