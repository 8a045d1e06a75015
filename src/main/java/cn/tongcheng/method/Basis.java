package cn.tongcheng.method;

import java.util.List;
import java.util.OptionalDouble;

/** What decided the value of one stage for one unit and node: the explanation an {@code explain} shows. */
public sealed interface Basis {

    /** Taken as it is from the data (raw), or kept because it was present (imputation). */
    record Observed() implements Basis {
    }

    /** No value at this stage, and why. */
    record Missing(NoScoreReason reason) implements Basis {
    }

    /** The indicator has no denominator: the raw value passes on. */
    record NotDenominated() implements Basis {
    }

    /** Divided by the unit's value of {@code denominator}. */
    record Denominated(String denominator, double denominatorValue) implements Basis {
    }

    /** Filled in with the mean of {@code donors} units of the same group. */
    record Imputed(String groupAttribute, String group, int donors) implements Basis {
    }

    /** The indicator was not treated, or this unit's value was not changed by the treatment. */
    record Untreated() implements Basis {
    }

    /** Winsorised: set to the next value inwards from the {@code side} it was at; {@code before} is the value it had. */
    record Winsorised(Side side, double before) implements Basis {
        public enum Side { HIGH, LOW }
    }

    /** The whole indicator was log-transformed: log(x − min + 0.01·(max − min)). */
    record LogTransformed(double before, double min, double max) implements Basis {
    }

    /**
     * Normalised by {@code method} in the direction given, against {@code compared} units of the comparison
     * set, with the reference points used ({@link Anchor}s, in the indicator's own unit).
     */
    record Normalised(Normalisation method, Direction direction, ComparisonSet comparison, int compared,
            List<Anchor> anchors) implements Basis {
        public Normalised {
            anchors = List.copyOf(anchors);
        }
    }

    /** Aggregated from {@code used} of {@code children} child scores, with the weights that were used. */
    record Aggregated(Aggregation aggregation, int used, int children, double weightUsed, OptionalDouble threshold)
            implements Basis {
    }

    /** A reference point of a normalisation, e.g. the worst and best value of the comparison set, or the target. */
    record Anchor(Kind kind, double value) {
        public enum Kind { WORST, BEST, TARGET, FRONTIER, REFERENCE, MEAN, SD, LOWER_POST, UPPER_POST, RANK }
    }
}
