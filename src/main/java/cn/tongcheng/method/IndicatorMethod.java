package cn.tongcheng.method;

import java.util.Optional;

/** The method of one indicator after defaults and overrides are resolved: what decided each of its stages. */
public record IndicatorMethod(Optional<String> denominator, Imputation imputation, Treatment treatment,
        Normalisation normalisation, ComparisonSet comparison) {
}
