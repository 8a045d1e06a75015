package cn.tongcheng.problem;

import java.util.List;

/** The user's input (facts, rules or options) is wrong; carries every problem found. Exit code 2. */
public final class InvalidInputException extends RuntimeException {
    private final String stage;
    private final transient List<Problem> problems;

    public InvalidInputException(String stage, List<Problem> problems) {
        super(problems.size() + " problem(s) in " + stage + ": " + problems.get(0));
        this.stage = stage;
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException single(String stage, Problem p) {
        return new InvalidInputException(stage, List.of(p));
    }

    /** Which stage found them: {@code facts}, {@code rules} or {@code options}. */
    public String stage() {
        return stage;
    }

    public List<Problem> problems() {
        return problems;
    }
}
