package cn.tongcheng.method;

/** Why a unit has no value at some stage of some node. */
public enum NoScoreReason {
    /** The node is not assessed for this unit (no criterion applies to it, or none of its children is assessed). */
    NOT_ASSESSED,
    /** The raw value is not in the data. */
    MISSING_VALUE,
    /** The denominator's value is not in the data, so the denominated value cannot be formed. */
    MISSING_DENOMINATOR,
    /** The denominator is zero. */
    ZERO_DENOMINATOR,
    /** Imputation by group mean found no unit of the same group with a value, or the unit has no group. */
    NO_DONORS,
    /** A target-based normalisation has no target for this unit and indicator. */
    NO_TARGET,
    /** The comparison set has no spread (one reporter, all values equal, or the target equals the minimum). */
    ZERO_RANGE,
    /** The comparison set has too few units with a value (e.g. no other unit to form a frontier). */
    TOO_FEW_UNITS,
    /** Fewer units of the comparison set have a value than the method's minimum for a comparison of units. */
    BELOW_MIN_COMPARED,
    /** A ratio-type normalisation needs a positive reference (target, maximum, frontier) and value. */
    NON_POSITIVE_REFERENCE,
    /** The reference unit of a distance-to-reference normalisation has no value. */
    REFERENCE_UNIT_MISSING,
    /** No child of the aggregate has a score (or those that have one all weigh 0). */
    NO_CHILD_SCORE,
    /** Fewer children have a score than the data-availability threshold of the node's level asks. */
    BELOW_DATA_THRESHOLD,
    /** A geometric or harmonic mean met a child score that is zero or negative. */
    NON_POSITIVE_FOR_MEAN
}
