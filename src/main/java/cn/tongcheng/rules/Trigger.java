package cn.tongcheng.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a recommendation or diagnosis row fires for an indicator's score. */
public enum Trigger {
    GAP("gap", "有差距", "gap"),
    GAP_OR_NO_DATA("gap-or-no-data", "有差距或无数据", "gap || noData"),
    MET("met", "达标", "met"),
    NO_DATA("no-data", "无数据", "noData");

    private final String id;
    private final String zh;
    private final String constraint;

    Trigger(String id, String zh, String constraint) {
        this.id = id;
        this.zh = zh;
        this.constraint = constraint;
    }

    public String id() {
        return id;
    }

    /** The constraint on {@code IndicatorScore} that the generated rule tests. */
    String constraint() {
        return constraint;
    }

    public static Optional<Trigger> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(w -> w.id.equals(t) || w.zh.equals(t)).findFirst();
    }

    public static String names() {
        return String.join(" | ", Arrays.stream(values()).map(w -> w.id + " (" + w.zh + ")").toList());
    }
}
