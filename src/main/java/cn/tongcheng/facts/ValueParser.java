package cn.tongcheng.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the text of a value or target according to the indicator's type.
 *
 * <p>Facts come from many offices, so {@link #read} accepts a value written in an unusual but unambiguous
 * way and says what it normalised: full-width digits and punctuation ({@code １２３}, {@code ，}), thousands
 * separators in groups of exactly three ({@code 1,234}), a percent sign when the unit is %, and the
 * indicator's own unit or multiplier after the figure ({@code 35分钟}, {@code 3.5亿} for 亿元). It refuses
 * what it would have to guess: a comma that is not a thousands separator ({@code 1,5}), % for another
 * unit, a multiplier (万, 亿) that differs from the unit's, NaN and infinity, spreadsheet errors.
 */
public final class ValueParser {
    private static final Set<String> YES = Set.of("yes", "true", "y", "是", "有", "1");
    private static final Set<String> NO = Set.of("no", "false", "n", "否", "无", "0");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞|无穷大?)");
    private static final Pattern SPREADSHEET_ERROR = Pattern.compile("#[A-Z0-9/]+[!?]?|#N/A");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_WITH_CHARACTER = Pattern.compile("(\\d{4})\\s*年(度)?");

    /**
     * What reading a fact's text gave: a value, or the code of the problem; and the kinds of normalisation
     * applied ({@code full-width}, {@code thousands}, {@code percent}, {@code unit}, {@code multiplier}).
     */
    public record Reading(Value value, String problem, List<String> normalised) {
        public Reading {
            normalised = List.copyOf(normalised);
        }

        public boolean ok() {
            return value != null;
        }

        static Reading bad(String problem) {
            return new Reading(null, problem, List.of());
        }
    }

    private ValueParser() {
    }

    /** The value, or empty when the text is not a value of that indicator (strict: for targets in rules). */
    public static Optional<Value> parse(Indicator indicator, String text) {
        String t = text.strip();
        if (t.isEmpty()) return Optional.empty();
        return switch (indicator.type()) {
            case NUMBER -> number(t).map(Value.Number::new);
            case YESNO -> yesNo(t).map(Value.YesNo::new);
            case LEVEL -> indicator.levels().contains(t) ? Optional.of(new Value.Level(t)) : Optional.empty();
        };
    }

    /** Reads a fact's value, normalising what is unusual but unambiguous (see the class comment). */
    public static Reading read(Indicator indicator, String text) {
        List<String> notes = new ArrayList<>();
        String t = ascii(text.strip());
        if (!t.equals(text.strip())) notes.add("full-width");
        t = t.strip();
        if (t.isEmpty()) return Reading.bad("fact.missing-value");
        if (SPREADSHEET_ERROR.matcher(t).matches()) return Reading.bad("fact.spreadsheet-error");
        return switch (indicator.type()) {
            case NUMBER -> readNumber(indicator, t, notes);
            case YESNO -> yesNo(t).map(b -> new Reading(new Value.YesNo(b), null, notes))
                    .orElse(Reading.bad("fact.bad-value"));
            case LEVEL -> indicator.levels().contains(t) ? new Reading(new Value.Level(t), null, notes)
                    : Reading.bad("fact.bad-value");
        };
    }

    private static Reading readNumber(Indicator indicator, String text, List<String> notes) {
        String t = text;
        String unit = indicator.unit();
        if (NOT_FINITE.matcher(t).matches()) return Reading.bad("fact.not-finite");
        if (t.endsWith("%")) {
            if (!"%".equals(unit)) return Reading.bad("fact.ambiguous-percent");
            t = t.substring(0, t.length() - 1).strip();
            notes.add("percent");
        } else if (!unit.isEmpty() && !"%".equals(unit) && t.endsWith(unit)) {
            t = t.substring(0, t.length() - unit.length()).strip();
            notes.add("unit");
        }
        if (t.endsWith("万") || t.endsWith("亿")) {
            String multiplier = t.substring(t.length() - 1);
            if (!unit.startsWith(multiplier)) return Reading.bad("fact.ambiguous-multiplier");
            t = t.substring(0, t.length() - 1).strip();
            notes.add("multiplier");
        }
        if (t.indexOf(',') >= 0) {
            if (!THOUSANDS.matcher(t).matches()) return Reading.bad("fact.ambiguous-separator");
            t = t.replace(",", "");
            notes.add("thousands");
        }
        if (!PLAIN_NUMBER.matcher(t).matches()) return Reading.bad("fact.bad-value");
        double d = Double.parseDouble(t);
        if (!Double.isFinite(d)) return Reading.bad("fact.not-finite");
        return new Reading(new Value.Number(d), null, notes);
    }

    /**
     * Reads a year: four digits, also written full-width or followed by 年 (年度); empty for anything
     * else, in particular dates, which would leave the year to a guess about which day counts.
     */
    public static Optional<Integer> year(String text, List<String> notes) {
        String t = ascii(text.strip());
        if (!t.equals(text.strip())) notes.add("full-width");
        java.util.regex.Matcher m = YEAR_WITH_CHARACTER.matcher(t);
        if (m.matches()) {
            notes.add("year");
            t = m.group(1);
        }
        return YEAR.matcher(t).matches() ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    /**
     * Full-width digits, signs and punctuation (as Chinese input methods type them) in their ASCII form;
     * the ideographic space becomes a space.
     */
    static String ascii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char a = c >= '\uFF01' && c <= '\uFF5E' && "０１２３４５６７８９．，％＋－".indexOf(c) >= 0
                    ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            if (a != c && b == null) b = new StringBuilder(s.substring(0, i));
            if (b != null) b.append(a);
        }
        return b == null ? s : b.toString();
    }

    public static Optional<Double> number(String t) {
        String s = t.strip();
        if (!PLAIN_NUMBER.matcher(s).matches()) return Optional.empty();
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }

    public static Optional<Boolean> yesNo(String t) {
        String s = t.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(s)) return Optional.of(true);
        if (NO.contains(s)) return Optional.of(false);
        return Optional.empty();
    }

    /** What the indicator's values look like, for messages. */
    public static String expected(Indicator indicator) {
        return switch (indicator.type()) {
            case NUMBER -> "number";
            case YESNO -> "yes/no";
            case LEVEL -> String.join(" | ", indicator.levels());
        };
    }
}
