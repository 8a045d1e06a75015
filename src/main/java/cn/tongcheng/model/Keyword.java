package cn.tongcheng.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value of an enum that authors write in a table or a facts file, by its id in any case ({@code floor}) or by
 * its Chinese name ({@code 向下取整}).
 */
public interface Keyword {
    /** The id tables and reports use ({@code floor}). */
    String id();

    /** The Chinese name an author may write instead ({@code 向下取整}). */
    String zh();

    /** The value written: its id in any case, or its Chinese name. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(E[] values, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(k -> k.id().equals(t) || k.zh().equals(t)).findFirst();
    }

    /** The values for a message: {@code floor (向下取整), round (四舍五入)}. */
    static <E extends Enum<E> & Keyword> String listed(E[] values) {
        List<String> names = Arrays.stream(values).map(k -> k.id() + " (" + k.zh() + ")").toList();
        return String.join(", ", names);
    }
}
