package cn.tongcheng.facts;

import java.util.Locale;

/** What kind of value an indicator takes. */
public enum IndicatorType {
    NUMBER, YESNO, LEVEL;

    public static IndicatorType parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
