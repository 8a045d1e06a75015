package cn.tongcheng.method;

/** Whether more of an indicator is better or worse; distance-type normalisations multiply by {@link #sign()}. */
public enum Direction {
    HIGHER(1), LOWER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    public int sign() {
        return sign;
    }
}
