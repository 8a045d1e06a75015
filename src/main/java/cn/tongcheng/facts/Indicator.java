package cn.tongcheng.facts;

import java.util.List;

/**
 * A measurable criterion of integration, as the rule base defines it.
 *
 * @param higherIsBetter the direction: true if more is better (for yes/no and levels: always true)
 * @param levels for {@link IndicatorType#LEVEL}: the levels from worst to best; empty otherwise
 * @param min lowest plausible value (for validation), or NaN when unbounded
 * @param max highest plausible value (for validation), or NaN when unbounded
 * @param origin where the rule base defines it ({@code rules/x.drl.csv:12})
 */
public record Indicator(String id, String nameZh, String nameEn, String dimension, IndicatorType type, String unit,
                        boolean higherIsBetter, List<String> levels, double min, double max, String source,
                        String quote, String origin) {

    public Indicator {
        levels = List.copyOf(levels);
    }

    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
