package cn.tongcheng.ruletest;

import java.util.List;

/** The outcome of one rule test: passed when every expectation holds; else each one that does not. */
public record TestResult(RuleTest test, List<Mismatch> mismatches) {

    public TestResult {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** An expectation that does not hold: what, expected, actual. */
    public record Mismatch(String what, String expected, String actual) {
    }
}
