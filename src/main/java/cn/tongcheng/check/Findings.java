package cn.tongcheng.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.tongcheng.check.Finding.Severity;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.problem.ProblemList;

/** Collects findings; messages come from the bundle ({@code problem.<code>}) like every other problem. */
final class Findings {
    private final Set<Finding> findings = new LinkedHashSet<>();

    void error(String origin, String field, String code, Object... args) {
        add(Severity.ERROR, origin, field, code, args);
    }

    void warning(String origin, String field, String code, Object... args) {
        add(Severity.WARNING, origin, field, code, args);
    }

    void add(Severity severity, Problem p) {
        findings.add(new Finding(severity, p));
    }

    private void add(Severity severity, String origin, String field, String code, Object... args) {
        ProblemList one = new ProblemList();
        one.addAt(origin, field, code, args);
        one.sorted().forEach(p -> add(severity, p));
    }

    List<Finding> sorted() {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparing(Finding::problem, Problem.BY_LOCATION));
        return out;
    }
}
