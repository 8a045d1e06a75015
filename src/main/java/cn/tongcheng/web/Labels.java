package cn.tongcheng.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;

import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

/**
 * Every text of the resource bundle for the templates, in one language: {@code {{t.web_nav_home}}} is the
 * message {@code web.nav.home} (dots and dashes become underscores, which Mustache names allow).
 */
final class Labels {
    private static final Map<Language, Map<String, String>> CACHE = new EnumMap<>(Language.class);

    private Labels() {
    }

    static synchronized Map<String, String> of(Language language) {
        return CACHE.computeIfAbsent(language, l -> {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> t = new LinkedHashMap<>();
            for (String key : bundle.keySet()) t.put(key.replace('.', '_').replace('-', '_'), bundle.getString(key));
            return Map.copyOf(t);
        });
    }
}
