package cn.tongcheng.facts;

/**
 * What an indicator is for: scored (it has criteria rows, a score, a place in the index) or monitoring only
 * (shown in every report with its value, its change and its source, never scored nor part of any aggregate).
 */
public enum IndicatorRole {
    SCORED, MONITORING;

    /** The role a cell names ({@code scored}/{@code 评分}, {@code monitoring}/{@code 监测}); empty means scored. */
    public static java.util.Optional<IndicatorRole> parse(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "", "scored", "评分" -> java.util.Optional.of(SCORED);
            case "monitoring", "监测" -> java.util.Optional.of(MONITORING);
            default -> java.util.Optional.empty();
        };
    }
}
