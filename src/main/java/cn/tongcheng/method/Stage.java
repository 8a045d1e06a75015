package cn.tongcheng.method;

/** The stages a value goes through, in order; aggregates have only {@link #AGGREGATED}. */
public enum Stage {
    RAW, DENOMINATED, IMPUTED, TREATED, NORMALISED, AGGREGATED
}
