package cn.tongcheng.check;

import cn.tongcheng.problem.Problem;

/** One thing {@code check} found: an error (the rules will not work as written) or a warning (worth a look). */
public record Finding(Severity severity, Problem problem) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        Problem p = problem;
        return p.location() + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + p.code() + ": " + p.message();
    }
}
