package cn.tongcheng.report;

import java.util.regex.Pattern;

/**
 * Text from the assessment made safe for Markdown: a name or recommendation can hold no table column, heading,
 * list, link, emphasis or raw HTML. Line breaks become spaces; Markdown's punctuation and HTML's {@code < > &}
 * are backslash-escaped or written as entities (CommonMark, GitHub tables).
 */
final class MarkdownText {
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R+");
    private static final String SPECIAL = "\\`*_{}[]()#+-.!|~";

    private MarkdownText() {
    }

    /** Text for a table cell or a line of prose. */
    static String escape(String s) {
        if (s == null || s.isEmpty()) return "";
        // leading spaces are kept (" (about)" after a text); Tongcheng never starts a line with such text
        String one = LINE_BREAKS.matcher(s).replaceAll(" ").stripTrailing();
        StringBuilder b = new StringBuilder(one.length() + 8);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> {
                    // "." "-" "+" "(" ")" only matter where they could start a list or follow a bracket: escaping
                    // them everywhere would litter figures ("88\.5"), so only the unambiguous ones are escaped.
                    if (SPECIAL.indexOf(c) >= 0 && "-.+()!".indexOf(c) < 0) b.append('\\');
                    b.append(c);
                }
            }
        }
        String out = b.toString();
        // A leading "-", "+" or "1." would start a list when the text begins a line.
        int first = 0;
        while (first < out.length() && out.charAt(first) == ' ') first++;
        if (first < out.length() && (out.charAt(first) == '-' || out.charAt(first) == '+')) {
            out = out.substring(0, first) + "\\" + out.substring(first);
        }
        return out.replaceFirst("^( *)(\\d+)([.)])", "$1$2\\\\$3");
    }
}
