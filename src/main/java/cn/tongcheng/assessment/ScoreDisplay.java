package cn.tongcheng.assessment;

import cn.tongcheng.facts.Numbers;

/**
 * How a score, a dimension or an index is shown: to one decimal. Only shown: the assessment keeps every score
 * unrounded (no rounding between stages), and ranks follow the method table's {@code ranking.decimals}.
 */
public final class ScoreDisplay {
    public static final int DECIMALS = 1;

    private ScoreDisplay() {
    }

    public static String of(double score) {
        return Numbers.format(Numbers.round(score, DECIMALS));
    }
}
