package cn.tongcheng.rules;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.tongcheng.i18n.Messages;

/** One plain sentence for a policy officer about what a Drools compile error most likely means. */
final class CompileErrorHint {
    private static final List<Map.Entry<String, String>> PATTERNS = List.of(
            Map.entry("unable to resolve objecttype", "hint.unknown-type"),
            Map.entry("cannot be resolved to a type", "hint.unknown-type"),
            Map.entry("cannot be resolved", "hint.unknown-name"),
            Map.entry("unable to find", "hint.unknown-name"),
            Map.entry("is undefined for the type", "hint.unknown-name"),
            Map.entry("unterminated", "hint.quote"),
            Map.entry("string literal is not properly closed", "hint.quote"),
            Map.entry("syntax error", "hint.syntax"),
            Map.entry("mismatched input", "hint.syntax"),
            Map.entry("no viable alternative", "hint.syntax"),
            Map.entry("missing", "hint.syntax"),
            Map.entry("extraneous input", "hint.syntax"),
            Map.entry("type mismatch", "hint.type"),
            Map.entry("duplicate rule name", "hint.duplicate-rule"));

    private CompileErrorHint() {
    }

    static String of(String droolsMessage) {
        String m = droolsMessage.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : PATTERNS) {
            if (m.contains(e.getKey())) return Messages.ui(e.getValue());
        }
        return Messages.ui("hint.other");
    }
}
