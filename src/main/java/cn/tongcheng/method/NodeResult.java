package cn.tongcheng.method;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One unit at one node: the chain of stages (raw → denominated → imputed → treated → normalised for an
 * indicator, aggregated for an aggregate), the score (the last stage) and its rank.
 */
public record NodeResult(String unit, String node, int level, List<StageValue> stages, OptionalInt rank) {

    public NodeResult {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) throw new IllegalArgumentException("a node result needs at least one stage");
    }

    public OptionalDouble score() {
        return last().value();
    }

    /** Why there is no score, if there is none. */
    public Optional<NoScoreReason> noScoreReason() {
        return last().basis() instanceof Basis.Missing m ? Optional.of(m.reason()) : Optional.empty();
    }

    public Optional<StageValue> stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    private StageValue last() {
        return stages.get(stages.size() - 1);
    }
}
