package cn.tongcheng.problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.tongcheng.i18n.Messages;

/** Collects problems during a stage so that all of them can be reported together. Thread-safe. */
public final class ProblemList {
    private final Set<Problem> problems = new LinkedHashSet<>();

    public synchronized void add(Problem p) {
        problems.add(p);
    }

    /** Adds a problem whose message is the bundle text {@code problem.<code>} formatted with the arguments. */
    public void add(String file, int line, String field, String code, Object... args) {
        add(new Problem(file, line, field, code, Messages.ui("problem." + code, args)));
    }

    /** Adds a problem at a location (a table cell, a row or a file). */
    public void add(cn.tongcheng.model.Location at, String field, String code, Object... args) {
        add(new Problem(at.file(), at.line(), at.column(), field, code, Messages.ui("problem." + code, args)));
    }

    /** Adds a problem located by an origin of the form {@code file:line} (as rules and facts record them). */
    public void addAt(String origin, String field, String code, Object... args) {
        int colon = origin.lastIndexOf(':');
        int line = 0;
        String file = origin;
        if (colon > 0 && origin.substring(colon + 1).matches("\\d+")) {
            line = Integer.parseInt(origin.substring(colon + 1));
            file = origin.substring(0, colon);
        }
        add(file, line, field, code, args);
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    public synchronized List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(Problem.BY_LOCATION);
        return list;
    }

    /** Throws if any problem was collected; the stage's result must not be used then. */
    public void throwIfAny(String stage) {
        if (!isEmpty()) throw new InvalidInputException(stage, sorted());
    }
}
