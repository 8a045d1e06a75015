package cn.tongcheng.method;

import java.util.OptionalDouble;

/**
 * What outlier treatment did to one indicator: skewness and kurtosis before and after (type 2; empty when
 * undefined), how many points were winsorised, and whether the column was log-transformed.
 */
public record TreatmentReport(String indicator, Treatment treatment, Outcome outcome, int pointsChanged,
        OptionalDouble skewBefore, OptionalDouble kurtosisBefore, OptionalDouble skewAfter,
        OptionalDouble kurtosisAfter, boolean passesAfter) {

    public enum Outcome {
        /** No treatment was asked for. */
        NOT_TREATED,
        /** Skewness or kurtosis was already within its threshold. */
        WITHIN_THRESHOLDS,
        /** Points were winsorised. */
        WINSORISED,
        /** Winsorising up to winmax was not enough: the original column was log-transformed. */
        LOG_TRANSFORMED,
        /** Skewness and kurtosis are undefined (fewer than 4 values, or all equal): left untreated. */
        STATISTICS_UNDEFINED
    }
}
