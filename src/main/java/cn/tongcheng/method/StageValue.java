package cn.tongcheng.method;

import java.util.OptionalDouble;

/** The value of one stage (empty if none) and what decided it. */
public record StageValue(Stage stage, OptionalDouble value, Basis basis) {

    static StageValue of(Stage stage, double value, Basis basis) {
        return new StageValue(stage, Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value), basis);
    }

    static StageValue missing(Stage stage, NoScoreReason reason) {
        return new StageValue(stage, OptionalDouble.empty(), new Basis.Missing(reason));
    }
}
