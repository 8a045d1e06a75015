package cn.tongcheng.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up user-facing text by key in the bundle of a language. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private static volatile Locale uiLocale = Locale.getDefault();

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Messages in a language: {@code zh} (the default for reports) or {@code en}. */
    public static Messages of(Language language) {
        return new Messages(language.locale());
    }

    /** The language of messages about the user's input and of the help: set once by the command line. */
    public static void setUiLanguage(Language language) {
        uiLocale = language.locale();
    }

    public static Messages ui() {
        return new Messages(uiLocale);
    }

    /** Formats the message of a key in the user-interface language. */
    public static String ui(String key, Object... args) {
        return ui().get(key, args);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        if (args.length == 0) return pattern;
        Object[] shown = args.clone();
        // Whole numbers are years, counts and line numbers: never "2,016".
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Integer || shown[i] instanceof Long) shown[i] = String.valueOf(shown[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }
}
