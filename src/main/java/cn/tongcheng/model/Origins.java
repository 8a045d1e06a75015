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
        int c = origin.lastIndexOf(':');
        return c > 0 && origin.substring(c + 1).matches("\\d+") ? origin.substring(0, c) : origin;
    }

    public static int line(String origin) {
        int c = origin.lastIndexOf(':');
        return c > 0 && origin.substring(c + 1).matches("\\d+") ? Integer.parseInt(origin.substring(c + 1)) : 0;
    }

    private static int compare(String a, String b) {
        int byFile = file(a).compareTo(file(b));
        return byFile != 0 ? byFile : Integer.compare(line(a), line(b));
    }
}
