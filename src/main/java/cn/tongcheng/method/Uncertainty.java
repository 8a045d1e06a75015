package cn.tongcheng.method;

import java.util.List;

/**
 * One uncertain choice of the method for a sensitivity analysis (COINr {@code get_sensitivity}): the default
 * normalisation, aggregation, imputation or treatment picked among alternatives, or every weight multiplied by
 * a factor drawn from [1 − spread, 1 + spread]. The method's own choice is the base; alternatives are picked
 * with equal chance.
 */
public sealed interface Uncertainty {

    /** A short name for reports, e.g. {@code normalisation}. */
    String name();

    record NormalisationChoice(List<Normalisation> alternatives) implements Uncertainty {
        public NormalisationChoice {
            alternatives = nonEmpty(alternatives);
        }

        public String name() {
            return "normalisation";
        }
    }

    record AggregationChoice(List<Aggregation> alternatives) implements Uncertainty {
        public AggregationChoice {
            alternatives = nonEmpty(alternatives);
        }

        public String name() {
            return "aggregation";
        }
    }

    record ImputationChoice(List<Imputation> alternatives) implements Uncertainty {
        public ImputationChoice {
            alternatives = nonEmpty(alternatives);
        }

        public String name() {
            return "imputation";
        }
    }

    record TreatmentChoice(List<Treatment> alternatives) implements Uncertainty {
        public TreatmentChoice {
            alternatives = nonEmpty(alternatives);
        }

        public String name() {
            return "treatment";
        }
    }

    record WeightNoise(double spread) implements Uncertainty {
        public WeightNoise {
            if (!(spread > 0 && spread < 1)) throw new IllegalArgumentException("weight noise must be between 0 and 1, not " + spread);
        }

        public String name() {
            return "weights";
        }
    }

    private static <T> List<T> nonEmpty(List<T> alternatives) {
        if (alternatives.isEmpty()) throw new IllegalArgumentException("an uncertain choice needs at least one alternative");
        return List.copyOf(alternatives);
    }
}
