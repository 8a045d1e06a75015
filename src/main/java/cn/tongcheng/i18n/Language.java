package cn.tongcheng.i18n;

import java.util.Locale;

/** The two languages of Tongcheng's text: Chinese first, English second. */
public enum Language {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses {@code zh}, {@code zh-CN}, {@code en}, {@code en-US} (case-insensitive). */
    public static Language parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("zh")) return ZH;
        if (t.startsWith("en")) return EN;
        throw new IllegalArgumentException(text);
    }

    /** The language of the system locale: Chinese if it is Chinese, English otherwise. */
    public static Language ofSystem() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? ZH : EN;
    }
}
