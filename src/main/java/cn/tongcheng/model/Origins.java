package cn.tongcheng.model;

import java.util.Comparator;

/**
 * Origins as the rule base and facts record them ({@code file:line}): their file and line, and their order — by
 * file, then numerically by line (so that row 20 comes before row 100).
 */
public final class Origins {
    public static final Comparator<String> ORDER = Origins::compare;

    private Origins() {
    }

    public static String file(String origin) {
        int c = lineAt(origin);
        return c < 0 ? origin : origin.substring(0, c);
    }

    public static int line(String origin) {
        int c = lineAt(origin);
        return c < 0 ? 0 : Integer.parseInt(origin, c + 1, origin.length(), 10);
    }

    /**
     * The index of the colon before the line number, or -1 when the origin has none (sorting recommendations
     * asks this on every comparison, so it reads the characters instead of matching a pattern).
     */
    private static int lineAt(String origin) {
        int c = origin.lastIndexOf(':');
        if (c <= 0 || c == origin.length() - 1) return -1;
        for (int i = c + 1; i < origin.length(); i++) {
            char ch = origin.charAt(i);
            if (ch < '0' || ch > '9') return -1;
        }
        return c;
    }

    private static int compare(String a, String b) {
        int ca = lineAt(a);
        int cb = lineAt(b);
        int la = ca < 0 ? a.length() : ca;
        int lb = cb < 0 ? b.length() : cb;
        for (int i = 0; i < Math.min(la, lb); i++) {
            int d = a.charAt(i) - b.charAt(i);
            if (d != 0) return d;
        }
        return la != lb ? la - lb : Integer.compare(line(a), line(b));
    }
}
