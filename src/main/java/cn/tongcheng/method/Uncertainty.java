package cn.tongcheng.method;

import java.util.List;

/**
 * One uncertain choice of the method for a sensitivity analysis (COINr {@code get_sensitivity}): the default
 * normalisation, aggregation, imputation or treatment picked among alternatives, or every weight multiplied by
 * a factor drawn from [1 − spread, 1 + spread]. The method's own choice is the base; alternatives are picked
 * with equal chance.
 */
public sealed interface Uncertainty {

    /** Which of the method's choices this is. */
    Choice choice();

    /** The method's choices a sensitivity analysis can vary, in the order the analysis takes them. */
    enum Choice {
        IMPUTATION, TREATMENT, NORMALISATION, WEIGHTS, AGGREGATION;

        /** The choice as the method table and the JSON write it, e.g. {@code normalisation}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The message key of the choice's name in the reports. */
        public String messageKey() {
            return "sens.choice." + word();
        }
    }

    /** The default normalisation; an indicator with its own keeps it (COINr's {@code global_specs}, not {@code indiv_specs}). */
    record NormalisationChoice(List<Normalisation> alternatives) implements Uncertainty {
        public NormalisationChoice {
            alternatives = nonEmpty(alternatives);
        }

        public Choice choice() {
            return Choice.NORMALISATION;
        }
    }

    /** The aggregation of every aggregate, whatever its level or own choice (COINr's {@code f_ag}). */
    record AggregationChoice(List<Aggregation> alternatives) implements Uncertainty {
        public AggregationChoice {
            alternatives = nonEmpty(alternatives);
        }

        public Choice choice() {
            return Choice.AGGREGATION;
        }
    }

    record ImputationChoice(List<Imputation> alternatives) implements Uncertainty {
        public ImputationChoice {
            alternatives = nonEmpty(alternatives);
        }

        public Choice choice() {
            return Choice.IMPUTATION;
        }
    }

    record TreatmentChoice(List<Treatment> alternatives) implements Uncertainty {
        public TreatmentChoice {
            alternatives = nonEmpty(alternatives);
        }

        public Choice choice() {
            return Choice.TREATMENT;
        }
    }

    /**
     * Every weight below the roots multiplied by its own factor drawn from [1 − s, 1 + s], with s the spread of
     * the node's level ({@code spreadAtLevel}, else {@code spread}; 0 leaves a level as it is), as COINr's
     * {@code get_noisy_weights} adds (2u − 1)·s·w. A unit's own weight of a node gets the node's factor.
     */
    record WeightNoise(double spread, java.util.Map<Integer, Double> spreadAtLevel) implements Uncertainty {
        public WeightNoise {
            spreadAtLevel = java.util.Map.copyOf(spreadAtLevel);
            if (!(spread >= 0 && spread < 1)) throw new IllegalArgumentException("weight noise must be from 0 to below 1, not " + spread);
            spreadAtLevel.values().forEach(s -> {
                if (!(s >= 0 && s < 1)) throw new IllegalArgumentException("weight noise must be from 0 to below 1, not " + s);
            });
        }

        public WeightNoise(double spread) {
            this(spread, java.util.Map.of());
        }

        /** The spread at a level of the tree (1 = indicators). */
        public double spread(int level) {
            return spreadAtLevel.getOrDefault(level, spread);
        }

        public Choice choice() {
            return Choice.WEIGHTS;
        }
    }

    private static <T> List<T> nonEmpty(List<T> alternatives) {
        if (alternatives.isEmpty()) throw new IllegalArgumentException("an uncertain choice needs at least one alternative");
        return List.copyOf(alternatives);
    }
}
