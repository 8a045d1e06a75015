package cn.tongcheng.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Parses the text of a value or target according to the indicator's type. */
public final class ValueParser {
    private static final Set<String> YES = Set.of("yes", "true", "y", "是", "有", "1");
    private static final Set<String> NO = Set.of("no", "false", "n", "否", "无", "0");

    private ValueParser() {
    }

    /** The value, or empty when the text is not a value of that indicator. */
    public static Optional<Value> parse(Indicator indicator, String text) {
        String t = text.strip();
        if (t.isEmpty()) return Optional.empty();
        return switch (indicator.type()) {
            case NUMBER -> number(t).map(Value.Number::new);
            case YESNO -> yesNo(t).map(Value.YesNo::new);
            case LEVEL -> indicator.levels().contains(t) ? Optional.of(new Value.Level(t)) : Optional.empty();
        };
    }

    public static Optional<Double> number(String t) {
        try {
            double d = Double.parseDouble(t.strip());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Optional<Boolean> yesNo(String t) {
        String s = t.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) return Optional.of(true);
        if (NO.contains(s)) return Optional.of(false);
        return Optional.empty();
    }

    /** What the indicator's values look like, for messages. */
    public static String expected(Indicator indicator) {
        return switch (indicator.type()) {
            case NUMBER -> "number";
            case YESNO -> "yes/no";
            case LEVEL -> String.join(" | ", indicator.levels());
        };
    }
}
