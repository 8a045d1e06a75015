package cn.tongcheng.facts;

import java.util.List;

/**
 * A measurable criterion of integration, as the rule base defines it.
 *
 * @param higherIsBetter the direction: true if more is better (for yes/no and levels: always true)
 * @param levels for {@link IndicatorType#LEVEL}: the levels from worst to best; empty otherwise
 * @param min lowest plausible value (for validation), or NaN when unbounded
 * @param max highest plausible value (for validation), or NaN when unbounded
 * @param origin where the rule base defines it ({@code rules/catalogue/indicators.csv:12})
 * @param definition what is counted and how (the table's {@code definition} column, else its note), for forms
 * @param role       scored, or monitoring only (shown with value, change and source, never scored)
 */
public record Indicator(String id, String nameZh, String nameEn, String dimension, IndicatorType type, String unit,
                        boolean higherIsBetter, List<String> levels, double min, double max, String source,
                        String quote, String origin, String definition, IndicatorRole role) {

    public Indicator {
        levels = List.copyOf(levels);
        definition = definition == null ? "" : definition;
        role = role == null ? IndicatorRole.SCORED : role;
    }

    public Indicator(String id, String nameZh, String nameEn, String dimension, IndicatorType type, String unit,
                     boolean higherIsBetter, List<String> levels, double min, double max, String source,
                     String quote, String origin, String definition) {
        this(id, nameZh, nameEn, dimension, type, unit, higherIsBetter, levels, min, max, source, quote, origin, definition,
                IndicatorRole.SCORED);
    }

    public Indicator(String id, String nameZh, String nameEn, String dimension, IndicatorType type, String unit,
                     boolean higherIsBetter, List<String> levels, double min, double max, String source,
                     String quote, String origin) {
        this(id, nameZh, nameEn, dimension, type, unit, higherIsBetter, levels, min, max, source, quote, origin, "");
    }

    /** Monitoring only: never scored, no criterion, no place in the index tree. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean monitoring() {
        return role == IndicatorRole.MONITORING;
    }

    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
