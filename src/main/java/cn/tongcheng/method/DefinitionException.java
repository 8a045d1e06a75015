package cn.tongcheng.method;

import java.util.List;

/** An index structure or method that cannot be computed, with every problem found, not just the first. */
public final class DefinitionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<DefinitionProblem> problems;

    public DefinitionException(List<DefinitionProblem> problems) {
        super(problems.size() + " problem(s) in the index definition: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }
}
