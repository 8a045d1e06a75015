package cn.tongcheng.method;

/** How tied units are ranked (R's {@code ties.method}, as integers). */
public enum TieRule {
    /** Tied units share the best of their ranks: 1, 2, 2, 4. */
    MIN,
    /** Tied units share the worst of their ranks: 1, 3, 3, 4. */
    MAX,
    /** Tied units share a rank and the next rank follows on: 1, 2, 2, 3. */
    DENSE
}
