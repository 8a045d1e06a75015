package cn.tongcheng.check;

import java.util.Comparator;

/** {@code file:line} origins: ordered by file, then numerically by line. */
final class Origins {
    static final Comparator<String> ORDER = Origins::compare;

    private Origins() {
    }

    static String file(String origin) {
        int c = origin.lastIndexOf(':');
        return c > 0 && origin.substring(c + 1).matches("\\d+") ? origin.substring(0, c) : origin;
    }

    static int line(String origin) {
        int c = origin.lastIndexOf(':');
        return c > 0 && origin.substring(c + 1).matches("\\d+") ? Integer.parseInt(origin.substring(c + 1)) : 0;
    }

    private static int compare(String a, String b) {
        int byFile = file(a).compareTo(file(b));
        return byFile != 0 ? byFile : Integer.compare(line(a), line(b));
    }
}
