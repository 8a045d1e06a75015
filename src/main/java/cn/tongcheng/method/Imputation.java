package cn.tongcheng.method;

/** What to do with a missing (denominated) value. */
public sealed interface Imputation {

    /** Leave it missing: the indicator drops out of the unit's aggregates and the weights are renormalised. */
    record None() implements Imputation {
    }

    /**
     * The arithmetic mean of the same indicator over the units of the same group (the unit's value of
     * {@code groupAttribute}) that have a value (COINr {@code i_mean_grp}).
     */
    record GroupMean(String groupAttribute) implements Imputation {
        public GroupMean {
            if (groupAttribute == null || groupAttribute.isBlank())
                throw new IllegalArgumentException("group-mean imputation needs a group attribute");
        }
    }

    static Imputation none() {
        return new None();
    }
}
